package atlas.measures.internal;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import atlas.api.measure.MeasureCatalogue;
import atlas.measures.ClinicMeasures;

/** Hands every registered clinic measure catalogue to {@link ClinicMeasures}, and takes it back when it goes. */
@Component(immediate = true, service = {})
public class MeasureCatalogues {

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void add(MeasureCatalogue catalogue) {
        ClinicMeasures.add(catalogue);
    }

    void remove(MeasureCatalogue catalogue) {
        ClinicMeasures.remove(catalogue);
    }
}

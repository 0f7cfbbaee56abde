package ch.seeblick.atlas.forms;

import java.util.List;

import org.osgi.service.component.annotations.Component;

import atlas.api.plan.InterventionCatalogue;
import atlas.api.plan.InterventionType;

/** Physio Seeblick's own catalogue entry: the jaw relaxation routine it teaches in a group class. */
@Component(service = InterventionCatalogue.class)
public class SeeblickInterventions implements InterventionCatalogue {

    static final String JAW_RELAXATION = "ch.seeblick.jawRelaxation";

    @Override
    public List<InterventionType> interventions() {
        // relaxation, no manual therapy of the neck: no red-flag clearance needed
        return List.of(new InterventionType(JAW_RELAXATION, "relaxation", false));
    }

    @Override
    public String title(String code) {
        return JAW_RELAXATION.equals(code) ? "Seeblick jaw relaxation routine" : code;
    }
}

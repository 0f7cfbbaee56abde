package ch.seeblick.atlas.forms;

import java.util.List;
import java.util.Locale;

import org.osgi.service.component.annotations.Component;

import atlas.api.measure.MeasureCatalogue;
import atlas.api.measure.MeasureDefinition;
import atlas.api.measure.MeasureDefinition.Band;

/**
 * The measure the jaw-clenching screen scores: 0-13, lower is better, in the clinic's own bands
 * (5 or more: add a jaw examination; 9 or more: consider a dental referral). Not a validated
 * instrument, so no important change is declared: Atlas charts it and reports it, gives no verdict
 * and no responder rate.
 */
@Component(service = MeasureCatalogue.class)
public class SeeblickMeasures implements MeasureCatalogue {

    static final String CLENCHING = "seeblick.clenching";
    static final double EXAMINE_JAW = 5;
    static final double DENTAL_REFERRAL = 9;

    @Override
    public List<MeasureDefinition> measures() {
        return List.of(new MeasureDefinition(CLENCHING, german() ? "Punkte" : "points", 0, 13, true, null, null,
                List.of(new Band(0, EXAMINE_JAW, band(0)), new Band(EXAMINE_JAW, DENTAL_REFERRAL, band(EXAMINE_JAW)),
                        new Band(DENTAL_REFERRAL, 13, band(DENTAL_REFERRAL)))));
    }

    /** The band of a sum of the screen, in the user's language: the screen and the charts say the same. */
    static String band(double sum) {
        boolean german = german();
        if (sum >= DENTAL_REFERRAL) {
            return german ? "hoch: zahnärztliche Abklärung erwägen" : "high: consider a dental referral";
        }
        return sum >= EXAMINE_JAW ? german ? "mittel: Kiefer untersuchen" : "moderate: add a jaw examination"
                : german ? "gering" : "low";
    }

    @Override
    public String title(String code) {
        return CLENCHING.equals(code) ? german() ? "Seeblick Kieferpressen-Screening" : "Seeblick jaw-clenching screen"
                : code;
    }

    static boolean german() {
        return Locale.getDefault().getLanguage().equals("de");
    }
}

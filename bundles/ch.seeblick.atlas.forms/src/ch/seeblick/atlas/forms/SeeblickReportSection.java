package ch.seeblick.atlas.forms;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;

import atlas.api.measure.MeasuredValue;
import atlas.api.measure.PatientResults;
import atlas.api.report.ReportSection;
import atlas.api.report.SectionContent;

/**
 * Physio Seeblick's page in progress reports: every jaw-clenching screen of the episode with what
 * the clinic does at that score, for the referring dentist or doctor.
 */
@Component(service = ReportSection.class)
public class SeeblickReportSection implements ReportSection {

    @Override
    public Optional<SectionContent> section(PatientResults results) {
        List<MeasuredValue> screens = results.of(SeeblickMeasures.CLENCHING).stream()
                .filter(value -> results.episodeStart() == null
                        || !value.at().toLocalDate().isBefore(results.episodeStart()))
                .toList();
        if (screens.isEmpty()) {
            return Optional.empty();
        }
        boolean german = SeeblickMeasures.german();
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);
        List<List<String>> rows = screens.stream().map(value -> List.of(date.format(value.at()),
                Long.toString(Math.round(value.value())), advice(value.value(), german))).toList();
        return Optional.of(new SectionContent(german ? "Kieferpressen-Screening (Physio Seeblick)"
                : "Jaw-clenching screen (Physio Seeblick)",
                List.of(german ? "Praxiseigenes Screening, nicht validiert: ab 5 Punkten untersuchen wir den Kiefer,"
                        + " ab 9 empfehlen wir eine zahnärztliche Abklärung."
                        : "The clinic's own screen, not validated: from 5 points we examine the jaw, from 9 we"
                                + " recommend a dental assessment."),
                german ? List.of("Datum", "Punkte (0-13)", "Vorgehen") : List.of("Date", "Points (0-13)", "What we do"),
                rows));
    }

    static String advice(double score, boolean german) {
        if (score >= SeeblickMeasures.DENTAL_REFERRAL) {
            return german ? "zahnärztliche Abklärung empfohlen" : "dental assessment recommended";
        }
        if (score >= SeeblickMeasures.EXAMINE_JAW) {
            return german ? "Kieferuntersuchung" : "jaw examination";
        }
        return german ? "keine weitere Abklärung" : "no further assessment";
    }
}

package atlas.core.episode;

import java.time.LocalDate;
import java.util.List;

import atlas.api.validation.FieldError;
import atlas.core.validation.FieldRules;

/**
 * The end of an episode of care as the therapist states it (Patient > Discharge Episode): the day,
 * the reason and, where no discharge visit has a signed note - or the reason is "other" - the
 * therapist's own words on why it ends.
 *
 * @param statement the words on why and how the episode ends; may be empty where the discharge
 *                  visit's signed note says it
 */
public record Discharge(LocalDate date, DischargeReason reason, String statement) {

    public static final int STATEMENT_MAX = 2000;

    public Discharge {
        statement = statement == null ? "" : statement.strip();
    }

    /**
     * What keeps this discharge of {@code episode} from being saved, given whether a discharge
     * visit of the episode has a signed note.
     */
    public List<FieldError> validate(EpisodeOfCare episode, boolean signedDischargeNote, LocalDate today) {
        FieldRules rules = new FieldRules()
                .required("reason", "Reason", reason, "allowed.dischargeReason")
                .optionalText("statement", "Statement", statement, STATEMENT_MAX);
        if (date == null) {
            rules.required("dischargeDate", "Discharge date", null, "allowed.dischargeDate");
        } else {
            rules.dateBetween("dischargeDate", "Discharge date", date, episode.getStartDate(), today);
        }
        if (statement.isEmpty() && (reason == DischargeReason.OTHER || !signedDischargeNote)) {
            rules.add("statement", "Statement", reason == DischargeReason.OTHER ? "discharge.otherSaysWhy"
                    : "discharge.statementNeeded");
        }
        return rules.errors();
    }
}

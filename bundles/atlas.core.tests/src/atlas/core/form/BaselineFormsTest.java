package atlas.core.form;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import atlas.core.episode.Visit;
import atlas.core.episode.VisitType;

/** What a re-evaluation asks again: the forms of the episode's first visit with forms, not those filled already. */
class BaselineFormsTest {

    private static final LocalDateTime START = LocalDateTime.of(2026, 10, 5, 9, 0);

    @Test
    void aReEvaluationRepeatsTheBaselineFormsInTheirOrderLeavingOutThoseFilledAlready() throws Exception {
        Visit initial = visit(1, START, VisitType.INITIAL_EVALUATION);
        Visit daily = visit(2, START.plusWeeks(1), VisitType.DAILY);
        Visit review = visit(3, START.plusWeeks(6), VisitType.RE_EVALUATION);
        List<Visit> visits = List.of(daily, review, initial); // in any order
        List<FormResponse> responses = List.of(response(2, "atlas.nprs", START.plusWeeks(1)),
                response(1, "atlas.ndi", START), response(1, "atlas.hit6", START.plusMinutes(10)),
                response(1, "atlas.ndi", START.plusMinutes(20)));
        assertEquals(List.of("atlas.ndi", "atlas.hit6"), BaselineForms.toRepeat(visits, responses, 3));

        List<FormResponse> oneDone = new java.util.ArrayList<>(responses);
        oneDone.add(response(3, "atlas.ndi", START.plusWeeks(6)));
        assertEquals(List.of("atlas.hit6"), BaselineForms.toRepeat(visits, oneDone, 3), "not asked twice");
        assertEquals(List.of(), BaselineForms.toRepeat(visits, responses, 2), "a daily visit asks nothing again");
        assertEquals(List.of(), BaselineForms.toRepeat(visits, List.of(), 3), "no baseline, nothing to repeat");
        assertEquals(List.of(), BaselineForms.toRepeat(visits, responses, 99), "a visit of another episode");
    }

    private static Visit visit(long id, LocalDateTime at, VisitType type) throws Exception {
        Visit visit = new Visit(7, 1, at, null, type);
        set(visit, "id", id); // as the store numbers them
        return visit;
    }

    private static FormResponse response(long visitId, String formId, LocalDateTime at) {
        return new FormResponse(7, visitId, formId, "1", at);
    }

    private static void set(Object target, String field, Object value) throws Exception {
        java.lang.reflect.Field declared = target.getClass().getDeclaredField(field);
        declared.setAccessible(true);
        declared.set(target, value);
    }
}

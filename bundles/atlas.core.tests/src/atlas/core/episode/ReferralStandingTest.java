package atlas.core.episode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import atlas.api.validation.FieldError;
import atlas.core.EnglishLocale;
import atlas.core.episode.ReferralStanding.Booking;
import atlas.core.episode.ReferralStanding.Notice;

/**
 * Issue 18, the referral: sessions counted as completed when their note is signed and as booked
 * otherwise; the banner's notice and the booking's warning at their edges; the episode's rules for
 * the referral's fields.
 */
@ExtendWith(EnglishLocale.class)
class ReferralStandingTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @Test
    void completedAreTheVisitsWithASignedNoteTheRestAreBooked() {
        EpisodeOfCare episode = episode(9, TODAY.plusMonths(2));
        List<Visit> visits = List.of(visit(1), visit(2), visit(3), visit(4));
        visits.get(0).complete(); // as signing the visit's note does
        visits.get(2).complete();
        visits.get(3).cancel("Migraine attack", TODAY.atTime(7, 0));
        ReferralStanding standing = ReferralStanding.of(episode, visits);
        assertEquals(new ReferralStanding(9, 2, 1, TODAY.plusMonths(2)), standing, "a cancelled visit is no session");
        assertEquals(7, standing.left());
        assertEquals(4, standing.nextSession());
    }

    @Test
    void theBannerWarnsAtTwoSessionsOrTwoWeeksLeftAndWhenUsedUpOrExpired() {
        LocalDate far = TODAY.plusMonths(3);
        assertEquals(Notice.NONE, new ReferralStanding(9, 6, 0, far).notice(TODAY), "3 left");
        assertEquals(Notice.RUNNING_OUT, new ReferralStanding(9, 7, 0, far).notice(TODAY), "2 left");
        assertEquals(Notice.USED_UP, new ReferralStanding(9, 9, 0, far).notice(TODAY));
        assertEquals(0, new ReferralStanding(9, 11, 0, far).left(), "never below none");
        assertEquals(Notice.NONE, new ReferralStanding(null, 40, 0, TODAY.plusDays(15)).notice(TODAY));
        assertEquals(Notice.RUNNING_OUT, new ReferralStanding(null, 40, 0, TODAY.plusDays(14)).notice(TODAY));
        assertEquals(Notice.RUNNING_OUT, new ReferralStanding(9, 1, 0, TODAY).notice(TODAY), "its last day");
        assertEquals(Notice.EXPIRED, new ReferralStanding(9, 1, 0, TODAY.minusDays(1)).notice(TODAY));
        assertEquals(Notice.EXPIRED, new ReferralStanding(9, 9, 0, TODAY.minusDays(1)).notice(TODAY),
                "expiry named before sessions: a new referral is needed either way");
        assertEquals(Notice.NONE, new ReferralStanding(null, 50, 3, null).notice(TODAY), "no limits, no notice");
    }

    @Test
    void aBookingBeyondTheSessionsCountsTheVisitsAlreadyBooked() {
        ReferralStanding standing = new ReferralStanding(9, 6, 2, TODAY.plusDays(10));
        assertEquals(Booking.WITHIN, standing.booking(TODAY.plusDays(10)), "session 9 of 9 on its last day");
        assertEquals(Booking.AFTER_EXPIRY, standing.booking(TODAY.plusDays(11)));
        assertEquals(Booking.BEYOND_SESSIONS, new ReferralStanding(9, 6, 3, null).booking(TODAY));
        assertEquals(Booking.WITHIN, new ReferralStanding(null, 60, 3, null).booking(TODAY.plusYears(1)));
        assertEquals(Booking.WITHIN, standing.booking(null), "no date typed yet: no expiry to judge");
    }

    @Test
    void aSeriesBeyondTheSessionsOrTheLastDayIsNamed() {
        ReferralStanding standing = new ReferralStanding(9, 2, 1, TODAY.plusWeeks(6));
        assertEquals(Booking.WITHIN, standing.series(6, TODAY.plusWeeks(6)), "sessions 4 to 9, the last on its last day");
        assertEquals(Booking.BEYOND_SESSIONS, standing.series(7, TODAY.plusWeeks(6)), "session 10 of 9");
        assertEquals(Booking.AFTER_EXPIRY, standing.series(6, TODAY.plusWeeks(6).plusDays(1)));
        assertEquals(Booking.WITHIN, new ReferralStanding(null, 0, 0, null).series(80, TODAY.plusYears(1)),
                "no referral limits: no warning");
    }

    @Test
    void theReferralsFieldsAreCheckedByTheEpisode() {
        EpisodeOfCare episode = episode(0, TODAY.minusDays(8));
        episode.setReferralDiagnosis("x".repeat(EpisodeOfCare.REFERRAL_DIAGNOSIS_MAX + 1));
        List<String> fields = episode.validate(TODAY).stream().map(FieldError::field).toList();
        assertEquals(List.of("referralDiagnosis", "sessionsAuthorised", "referralValidUntil"), fields);
        episode.setSessionsAuthorised(EpisodeOfCare.SESSIONS_AUTHORISED_MAX + 1);
        FieldError tooMany = episode.validate(TODAY).get(1);
        assertEquals("101 is outside the allowed range 1 to 100", tooMany.message());
        episode.setReferralDiagnosis("Cervicogenic headache (G44.841)");
        episode.setSessionsAuthorised(9);
        episode.setReferralValidUntil(TODAY.plusMonths(3));
        assertEquals(List.of(), episode.validate(TODAY));
        episode.setSessionsAuthorised(null);
        episode.setReferralValidUntil(null);
        assertEquals(List.of(), episode.validate(TODAY), "a referral without limits");
        assertNull(ReferralStanding.of(episode, List.of()).left());
    }

    private static EpisodeOfCare episode(Integer sessions, LocalDate validUntil) {
        EpisodeOfCare episode = new EpisodeOfCare(7, TODAY.minusDays(7), "GP", TODAY.minusDays(3));
        episode.setSessionsAuthorised(sessions);
        episode.setReferralValidUntil(validUntil);
        return episode;
    }

    private static Visit visit(long id) {
        Visit visit = new Visit(7, 1, TODAY.atTime(9, 0), 3L, VisitType.DAILY);
        try {
            var field = Visit.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(visit, id);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
        return visit;
    }
}

package atlas.patients.ui;

import java.time.LocalDate;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;

import atlas.core.episode.ReferralStanding;

/**
 * What the banner and the booking say about an episode's referral, naming what is left: "Referral:
 * 2 of 9 sessions left, valid until 12 Jan 2027" (issue 18).
 */
public final class ReferralWords {

    private ReferralWords() {
    }

    /** The banner's notice on {@code today}; empty while the referral leaves plenty. */
    public static Optional<String> notice(ReferralStanding standing, LocalDate today) {
        return switch (standing.notice(today)) {
            case NONE -> Optional.empty();
            case EXPIRED -> Optional.of(NLS.bind(Messages.notice_referralExpired, Labels.date(standing.validUntil())));
            case USED_UP -> Optional.of(NLS.bind(Messages.notice_referralUsedUp, standing.authorised()));
            case RUNNING_OUT -> Optional.of(left(standing));
        };
    }

    private static String left(ReferralStanding standing) {
        if (standing.authorised() == null) {
            return NLS.bind(Messages.notice_referralUntil, Labels.date(standing.validUntil()));
        }
        return standing.validUntil() == null
                ? NLS.bind(Messages.notice_referralLeft, standing.left(), standing.authorised())
                : NLS.bind(Messages.notice_referralLeftUntil,
                        new Object[] { standing.left(), standing.authorised(), Labels.date(standing.validUntil()) });
    }

    /** The booking's warning for a visit on {@code day}; empty when it stays within the referral. */
    public static Optional<String> booking(ReferralStanding standing, LocalDate day) {
        return switch (standing.booking(day)) {
            case WITHIN -> Optional.empty();
            case BEYOND_SESSIONS -> Optional.of(NLS.bind(Messages.book_beyondSessions, standing.nextSession(),
                    standing.authorised()));
            case AFTER_EXPIRY -> Optional.of(NLS.bind(Messages.book_afterExpiry, Labels.date(standing.validUntil())));
        };
    }

    /** The series's warning for {@code count} visits up to {@code lastDay}; empty within the referral. */
    public static Optional<String> series(ReferralStanding standing, int count, LocalDate lastDay) {
        return switch (standing.series(count, lastDay)) {
            case WITHIN -> Optional.empty();
            case BEYOND_SESSIONS -> Optional.of(NLS.bind(Messages.series_beyondSessions, new Object[] {
                    Math.max(standing.nextSession(), standing.authorised() + 1), standing.nextSession() + count - 1,
                    standing.authorised() }));
            case AFTER_EXPIRY -> Optional.of(NLS.bind(Messages.series_afterExpiry, Labels.date(standing.validUntil()),
                    Labels.date(lastDay)));
        };
    }
}

package atlas.core.episode;

import java.time.LocalDate;
import java.util.Collection;

/**
 * How an episode's referral (prescription) stands (issue 18): the sessions it authorises, those
 * completed - a visit whose note is signed -, those booked and not yet completed (cancelled and
 * missed visits are neither), and the last day
 * it may be used. The banner and the booking warn from it, so that the front desk asks the
 * referring clinician for a new referral before a session is given that no one pays for.
 *
 * @param authorised null where the referral sets no number of sessions
 * @param validUntil null where the referral does not expire
 */
public record ReferralStanding(Integer authorised, int completed, int booked, LocalDate validUntil) {

    /** Fewer sessions left than this, or fewer days of validity, and the banner says so. */
    public static final int SESSIONS_WARNED = 2;
    public static final int DAYS_WARNED = 14;

    /** What the banner says about the referral on a day. */
    public enum Notice {
        /** No limit set, or plenty left. */
        NONE,
        /** {@link #SESSIONS_WARNED} sessions or fewer left, or it expires within {@link #DAYS_WARNED} days. */
        RUNNING_OUT,
        /** Every authorised session completed. */
        USED_UP,
        /** Its last day has passed. */
        EXPIRED
    }

    /** Why a visit booked on a day would fall outside the referral. */
    public enum Booking {
        WITHIN,
        /** The visit would be a session beyond those authorised, counting the ones already booked. */
        BEYOND_SESSIONS,
        /** The visit falls after the referral's last day. */
        AFTER_EXPIRY
    }

    /**
     * The standing of {@code episode}'s referral from its visits: completed ones (their note signed,
     * {@link VisitStatus#COMPLETED}) are sessions given, those still holding their time are to come;
     * a cancelled or missed visit is neither.
     */
    public static ReferralStanding of(EpisodeOfCare episode, Collection<Visit> visits) {
        int completed = (int) visits.stream().filter(visit -> visit.getStatus() == VisitStatus.COMPLETED).count();
        int booked = (int) visits.stream().filter(visit -> visit.getStatus() != VisitStatus.COMPLETED
                && visit.getStatus().holdsTime()).count();
        return new ReferralStanding(episode.getSessionsAuthorised(), completed, booked,
                episode.getReferralValidUntil());
    }

    /** Authorised sessions not yet completed (never below 0); null when no number is set. */
    public Integer left() {
        return authorised == null ? null : Math.max(0, authorised - completed);
    }

    public Notice notice(LocalDate today) {
        if (validUntil != null && today.isAfter(validUntil)) {
            return Notice.EXPIRED;
        }
        if (authorised != null && completed >= authorised) {
            return Notice.USED_UP;
        }
        boolean fewLeft = authorised != null && left() <= SESSIONS_WARNED;
        boolean endsSoon = validUntil != null && !today.plusDays(DAYS_WARNED).isBefore(validUntil);
        return fewLeft || endsSoon ? Notice.RUNNING_OUT : Notice.NONE;
    }

    /** The number the next booked visit would have among the referral's sessions. */
    public int nextSession() {
        return completed + booked + 1;
    }

    /** Whether one more visit, on {@code day}, stays within the referral. */
    public Booking booking(LocalDate day) {
        if (authorised != null && nextSession() > authorised) {
            return Booking.BEYOND_SESSIONS;
        }
        if (validUntil != null && day != null && day.isAfter(validUntil)) {
            return Booking.AFTER_EXPIRY;
        }
        return Booking.WITHIN;
    }

    /**
     * Whether a series of {@code count} more visits, the last on {@code lastDay}, stays within the
     * referral: beyond its sessions first (the numbers {@link #nextSession()} to one less than
     * {@code nextSession() + count}), then after its last day.
     */
    public Booking series(int count, LocalDate lastDay) {
        if (authorised != null && nextSession() + count - 1 > authorised) {
            return Booking.BEYOND_SESSIONS;
        }
        if (validUntil != null && lastDay != null && lastDay.isAfter(validUntil)) {
            return Booking.AFTER_EXPIRY;
        }
        return Booking.WITHIN;
    }
}

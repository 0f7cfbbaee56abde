package atlas.core.episode;

import java.time.LocalDateTime;

/**
 * One visit of a proposed series as the therapist's time stands: free, or taken by {@code clash}
 * (another visit of theirs), then with the first free start the same day ({@code freeThatDay},
 * null when the day has no room before closing); or {@code closed}, outside the clinic's opening
 * hours.
 */
public record ProposedVisit(Visit visit, Visit clash, LocalDateTime freeThatDay, boolean closed) {

    public ProposedVisit(Visit visit, Visit clash, LocalDateTime freeThatDay) {
        this(visit, clash, freeThatDay, false);
    }

    public boolean free() {
        return clash == null && !closed;
    }
}

package atlas.patients.ui;

import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Control;

import atlas.core.clinician.Clinician;
import atlas.core.clinician.ClinicianService;
import atlas.core.episode.EpisodeService;
import atlas.core.episode.Visit;
import atlas.patients.ui.dialogs.AddVisitDialog;
import atlas.ui.AtlasContext;
import atlas.ui.InBackground;

/**
 * Booking one visit, the same from Book Visit, the week calendar and the recall list: what it
 * starts from is read in the background ({@link BookingStart}), a patient without an active
 * episode is told so, the booking dialog opens, and a booking is announced to the open record.
 * What differs between the callers is what the dialog proposes and what follows.
 */
public final class VisitBooking {

    private final EpisodeService episodes;
    private final ClinicianService clinicians;
    private final IEventBroker events;
    private UnaryOperator<AddVisitDialog> proposal = UnaryOperator.identity();
    private Runnable afterwards = () -> { };

    public VisitBooking(EpisodeService episodes, ClinicianService clinicians, IEventBroker events) {
        this.episodes = episodes;
        this.clinicians = clinicians;
        this.events = events;
    }

    /** The dialog proposes {@code proposal}'s time and therapist (the calendar's free time). */
    public VisitBooking proposing(UnaryOperator<AddVisitDialog> proposal) {
        this.proposal = proposal;
        return this;
    }

    /** Runs once the dialog has closed, booked or not (the calendar takes the keys back). */
    public VisitBooking afterwards(Runnable afterwards) {
        this.afterwards = afterwards;
        return this;
    }

    /**
     * Books for {@code patientId}: a therapist ({@code signedIn}) for themself, the front desk
     * ({@code null}) choosing the therapist. {@code booked} gets the new visit; {@code failed} what
     * the reading threw.
     */
    public void book(Control owner, long patientId, String patientName, Clinician signedIn,
            BiConsumer<BookingStart, Visit> booked, Consumer<Exception> failed) {
        InBackground.run(owner, Messages.book_title, () -> BookingStart.read(patientId, episodes, clinicians),
                start -> {
                    if (start.active().isEmpty()) {
                        MessageDialog.openInformation(owner.getShell(), Messages.book_title, Messages.book_noEpisode);
                        return;
                    }
                    AddVisitDialog dialog = proposal.apply(start.dialog(owner.getShell(), episodes, signedIn, patientName));
                    if (dialog.open() == AddVisitDialog.OK) {
                        events.post(AtlasContext.TOPIC_RECORD_CHANGED, patientId);
                        booked.accept(start, dialog.added());
                    }
                    afterwards.run();
                }, failed);
    }
}

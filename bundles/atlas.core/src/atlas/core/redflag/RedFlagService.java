package atlas.core.redflag;

import java.util.List;

import atlas.core.store.StoreException;

/** Red-flag screenings and their acknowledgement. */
public interface RedFlagService {

    RedFlagScreening record(RedFlagScreening screening) throws StoreException;

    /** Screenings with a positive flag that no clinician has acknowledged yet. */
    List<RedFlagScreening> openFlags(long patientId) throws StoreException;

    /**
     * Whether neck manual therapy and traction may go ahead in the episode: screened during it, and
     * no open flag of its patient ({@link RedFlagGate}).
     */
    RedFlagGate.Clearance clearance(long episodeId) throws StoreException;

    /**
     * @param note what was done about it (referral, medical clearance ...); required
     */
    RedFlagScreening acknowledge(long screeningId, long clinicianId, String note) throws StoreException;
}

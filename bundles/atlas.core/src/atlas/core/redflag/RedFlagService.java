package atlas.core.redflag;

import java.util.List;

import atlas.core.store.StoreException;

/** Red-flag screenings and their acknowledgement. */
public interface RedFlagService {

    RedFlagScreening record(RedFlagScreening screening) throws StoreException;

    /** Screenings with a positive flag that no clinician has acknowledged yet. */
    List<RedFlagScreening> openFlags(long patientId) throws StoreException;

    /**
     * @param note what was done about it (referral, medical clearance ...); required
     */
    RedFlagScreening acknowledge(long screeningId, long clinicianId, String note) throws StoreException;
}

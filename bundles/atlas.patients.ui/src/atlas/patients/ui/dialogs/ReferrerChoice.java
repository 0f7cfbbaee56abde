package atlas.patients.ui.dialogs;

import java.util.List;

import org.eclipse.swt.widgets.Combo;

import atlas.core.referrer.Referrer;
import atlas.core.referrer.ReferrerService;
import atlas.patients.ui.Messages;
import atlas.ui.InBackground;

/**
 * "Referred by" chosen from the clinic's directory (issue 18): the referrers, read in the
 * background, offered in a combo whose typed text stays - a name not in the directory can still be
 * typed. Shared by the registration, a patient's details and an episode's referral.
 */
final class ReferrerChoice {

    private ReferrerChoice() {
    }

    /** Offers the directory in {@code combo}, then {@code alsoOffered} (kinds such as "GP"). */
    static void offer(Combo combo, ReferrerService referrers, List<String> alsoOffered) {
        combo.setItems(alsoOffered.toArray(String[]::new));
        InBackground.run(combo, Messages.referrers_title, referrers::list, directory -> {
            // added in front of what is offered, one by one: neither the typed text nor its
            // "touched" state changes (setItems would clear and re-set the text, a Modify event)
            List<String> names = directory.stream().map(Referrer::shown).toList();
            for (int index = 0; index < names.size(); index++) {
                combo.add(names.get(index), index);
            }
        }, failed -> { /* what else is offered stays: the directory is a help, not a need */ });
    }
}

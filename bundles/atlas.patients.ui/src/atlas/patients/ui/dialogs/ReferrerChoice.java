package atlas.patients.ui.dialogs;

import java.util.ArrayList;
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
            String typed = combo.getText();
            List<String> offered = new ArrayList<>(directory.stream().map(Referrer::shown).toList());
            offered.addAll(alsoOffered);
            combo.setItems(offered.toArray(String[]::new));
            combo.setText(typed);
        }, failed -> { /* what else is offered stays: the directory is a help, not a need */ });
    }
}

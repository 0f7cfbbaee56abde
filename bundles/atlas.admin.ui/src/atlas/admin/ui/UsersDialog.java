package atlas.admin.ui;

import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import atlas.core.security.Role;
import atlas.core.security.UserAccount;
import atlas.core.security.UserService;
import atlas.core.store.StoreException;
import atlas.core.validation.ValidationException;
import atlas.ui.AtlasContext;
import atlas.ui.InBackground;
import atlas.ui.AtlasDialog;
import atlas.ui.NewPasswordFields;
import atlas.ui.Widgets;

/**
 * Administration > Users: the accounts of the clinic with their roles, and a new account (user
 * name, name, role, password twice). For the account chosen in the table, a new password (typed
 * twice in the same fields; it also makes a deactivated account active again) or deactivation.
 * Only an administrator may do any of it; the store checks that too.
 */
final class UsersDialog extends AtlasDialog {

    private final UserService users;
    private final UserAccount administrator;
    private Table table;
    private Text username;
    private Text displayName;
    private Combo role;
    private NewPasswordFields password;
    private Label message;
    private List<UserAccount> shown = List.of();

    UsersDialog(Shell parent, UserService users, UserAccount administrator) {
        super(parent, "dialog.users", Messages.users_title);
        this.users = users;
        this.administrator = administrator;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().numColumns(4).applyTo(area);
        table = Widgets.table(area, "users.table", Messages.users_columns.split("\\|"));
        GridDataFactory.fillDefaults().span(4, 1).grab(true, true).hint(560, 160).applyTo(table);
        username = Widgets.labelledText(area, Messages.users_username, "users.username", 160);
        displayName = Widgets.labelledText(area, Messages.users_name, "users.name", 200);
        role = Widgets.labelledCombo(area, Messages.users_role, "users.role",
                Arrays.stream(Role.values()).map(UsersDialog::roleName).toArray(String[]::new));
        role.select(Role.THERAPIST.ordinal());
        new Label(area, SWT.NONE);
        new Label(area, SWT.NONE);
        password = new NewPasswordFields(area, Messages.users_password, Messages.users_repeat, "users");
        message = new Label(area, SWT.WRAP);
        message.setData(AtlasContext.WIDGET_ID, "users.message");
        GridDataFactory.fillDefaults().span(4, 1).hint(560, SWT.DEFAULT).applyTo(message);
        load();
        return area;
    }

    static String roleName(Role role) {
        return switch (role) {
        case ADMINISTRATOR -> Messages.users_roleAdministrator;
        case THERAPIST -> Messages.users_roleTherapist;
        case FRONT_DESK -> Messages.users_roleFrontDesk;
        };
    }

    private static final int RESET_ID = IDialogConstants.CLIENT_ID + 1;
    private static final int DEACTIVATE_ID = IDialogConstants.CLIENT_ID + 2;

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.CLIENT_ID, Messages.users_add, false).setData(AtlasContext.WIDGET_ID,
                "users.add");
        createButton(parent, RESET_ID, Messages.users_reset, false).setData(AtlasContext.WIDGET_ID, "users.reset");
        createButton(parent, DEACTIVATE_ID, Messages.users_deactivate, false).setData(AtlasContext.WIDGET_ID,
                "users.deactivate");
        closeButton(parent);
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == IDialogConstants.CLIENT_ID) {
            add();
        } else if (buttonId == RESET_ID) {
            resetPassword();
        } else if (buttonId == DEACTIVATE_ID) {
            deactivate();
        } else {
            super.buttonPressed(buttonId);
        }
    }

    /** Reads the accounts in the background and shows them; the account chosen stays chosen. */
    private void load() {
        InBackground.run(table, Messages.users_title, users::users, all -> {
            int index = table.getSelectionIndex();
            String chosen = index < 0 || index >= shown.size() ? null : shown.get(index).getUsername();
            shown = all;
            table.removeAll();
            for (UserAccount account : all) {
                new TableItem(table, SWT.NONE).setText(new String[] { account.getUsername(), account.getDisplayName(),
                        roleName(account.getRole()), account.isActive() ? Messages.users_active : Messages.users_inactive });
                if (account.getUsername().equals(chosen)) {
                    table.select(table.getItemCount() - 1);
                }
            }
            Widgets.packColumns(table);
        }, e -> say(e instanceof StoreException stored ? stored.describe() : e.getMessage()));
    }

    private UserAccount chosen() {
        int index = table.getSelectionIndex();
        if (index < 0) {
            say(Messages.users_choose);
            return null;
        }
        return shown.get(index);
    }

    private void resetPassword() {
        UserAccount account = chosen();
        if (account != null) {
            withNewPassword(typed -> {
                users.resetPassword(administrator, account, typed);
                return NLS.bind(Messages.users_passwordSet, account.getUsername());
            });
        }
    }

    private void deactivate() {
        UserAccount account = chosen();
        if (account != null && MessageDialog.openConfirm(getShell(), Messages.users_deactivate_title,
                NLS.bind(Messages.users_deactivate_question, account.getUsername()))) {
            attempt(() -> {
                users.deactivate(administrator, account);
                return NLS.bind(Messages.users_deactivated, account.getUsername());
            });
        }
    }

    private void add() {
        UserAccount account = new UserAccount(username.getText().strip(), displayName.getText().strip(),
                Role.values()[role.getSelectionIndex()]);
        withNewPassword(typed -> {
            users.createUser(administrator, account, typed);
            return NLS.bind(Messages.users_added, account.getUsername());
        }, () -> {
            username.setText("");
            displayName.setText("");
        });
    }

    /** A change of the accounts, made in the background; returns what to tell the administrator. */
    private interface Change {
        String run() throws StoreException;
    }

    /** A change that needs the new password typed twice; the typed characters are wiped after it. */
    private interface PasswordChange {
        String run(char[] password) throws StoreException;
    }

    private void withNewPassword(PasswordChange change) {
        withNewPassword(change, () -> {
        });
    }

    private void withNewPassword(PasswordChange change, Runnable made) {
        char[] typed = password.typed();
        if (typed == null) {
            say(Messages.users_mismatch);
            return;
        }
        attempt(() -> change.run(typed), () -> {
            password.clear();
            made.run();
        }, () -> Arrays.fill(typed, '\0'));
    }

    private void attempt(Change change) {
        attempt(change, () -> {
        }, () -> {
        });
    }

    /**
     * Makes the change in the background (the dialog holds still meanwhile), then says its outcome
     * or why it was refused and shows the accounts again; {@code made} runs after a change that
     * was made, {@code after} in any case.
     */
    private void attempt(Change change, Runnable made, Runnable after) {
        inBackground(change::run, outcome -> {
            after.run();
            say(outcome);
            made.run();
            load();
        }, e -> {
            after.run();
            say(e instanceof ValidationException refused ? refused.errors().get(0).toString() : e.getMessage());
        });
    }

    private void say(String text) {
        message.setText(text);
        message.requestLayout();
    }
}

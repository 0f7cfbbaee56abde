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

import atlas.core.security.AccessDeniedException;
import atlas.core.security.Role;
import atlas.core.security.UserAccount;
import atlas.core.security.UserService;
import atlas.core.store.StoreException;
import atlas.core.validation.ValidationException;
import atlas.ui.AtlasContext;
import atlas.ui.AtlasDialog;
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
    private Text password;
    private Text repeated;
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
        password = labelledPassword(area, Messages.users_password, "users.password");
        repeated = labelledPassword(area, Messages.users_repeat, "users.repeat");
        message = new Label(area, SWT.WRAP);
        message.setData(AtlasContext.WIDGET_ID, "users.message");
        GridDataFactory.fillDefaults().span(4, 1).hint(560, SWT.DEFAULT).applyTo(message);
        load();
        return area;
    }

    private static Text labelledPassword(Composite parent, String label, String id) {
        new Label(parent, SWT.NONE).setText(label);
        Text text = new Text(parent, SWT.BORDER | SWT.PASSWORD);
        text.setData(AtlasContext.WIDGET_ID, id);
        GridDataFactory.swtDefaults().hint(160, SWT.DEFAULT).applyTo(text);
        return text;
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
        createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true).setData(AtlasContext.WIDGET_ID,
                "dialog.close");
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

    private void load() {
        try {
            List<UserAccount> all = users.users();
            shown = all;
            table.removeAll();
            for (UserAccount account : all) {
                new TableItem(table, SWT.NONE).setText(new String[] { account.getUsername(), account.getDisplayName(),
                        roleName(account.getRole()), account.isActive() ? Messages.users_active : "" });
            }
            Widgets.packColumns(table);
        } catch (StoreException e) {
            message.setText(e.describe());
        }
    }

    private UserAccount chosen() {
        int index = table.getSelectionIndex();
        if (index < 0) {
            message.setText(Messages.users_choose);
            message.requestLayout();
            return null;
        }
        return shown.get(index);
    }

    private void resetPassword() {
        UserAccount account = chosen();
        if (account == null) {
            return;
        }
        char[] first = password.getTextChars();
        char[] second = repeated.getTextChars();
        try {
            if (!Arrays.equals(first, second)) {
                message.setText(Messages.users_mismatch);
                return;
            }
            users.resetPassword(administrator, account, first);
            message.setText(NLS.bind(Messages.users_passwordSet, account.getUsername()));
            password.setText("");
            repeated.setText("");
            load();
        } catch (ValidationException refused) {
            message.setText(refused.errors().get(0).toString());
        } catch (AccessDeniedException refused) {
            message.setText(refused.getMessage());
        } catch (StoreException e) {
            report(e);
        } finally {
            Arrays.fill(first, '\0');
            Arrays.fill(second, '\0');
            message.requestLayout();
        }
    }

    private void deactivate() {
        UserAccount account = chosen();
        if (account == null || !MessageDialog.openConfirm(getShell(), Messages.users_deactivate_title,
                NLS.bind(Messages.users_deactivate_question, account.getUsername()))) {
            return;
        }
        try {
            users.deactivate(administrator, account);
            message.setText(NLS.bind(Messages.users_deactivated, account.getUsername()));
            load();
        } catch (ValidationException refused) {
            message.setText(refused.errors().get(0).toString());
        } catch (AccessDeniedException refused) {
            message.setText(refused.getMessage());
        } catch (StoreException e) {
            report(e);
        }
        message.requestLayout();
    }

    private void report(StoreException e) {
        message.setText(e.describe() + " " + e.problem().advice());
    }

    private void add() {
        char[] first = password.getTextChars();
        char[] second = repeated.getTextChars();
        try {
            if (!Arrays.equals(first, second)) {
                message.setText(Messages.users_mismatch);
                return;
            }
            UserAccount account = new UserAccount(username.getText().strip(), displayName.getText().strip(),
                    Role.values()[role.getSelectionIndex()]);
            users.createUser(administrator, account, first);
            message.setText(NLS.bind(Messages.users_added, account.getUsername()));
            for (Text field : new Text[] { username, displayName, password, repeated }) {
                field.setText("");
            }
            load();
        } catch (ValidationException refused) {
            message.setText(refused.errors().get(0).toString());
        } catch (AccessDeniedException refused) {
            message.setText(refused.getMessage());
        } catch (StoreException e) {
            report(e);
        } finally {
            Arrays.fill(first, '\0');
            Arrays.fill(second, '\0');
            message.requestLayout();
        }
    }
}

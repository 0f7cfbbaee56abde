package atlas.plugins.internal;

import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.core.runtime.IStatus;

/** p2's reason for a refused plan or a failed install, as one line: its innermost messages (e.g. the missing requirement). */
final class P2Status {

    private P2Status() {
    }

    static String explain(IStatus status) {
        Set<String> reasons = new LinkedHashSet<>();
        collect(status, reasons);
        return reasons.isEmpty() ? status.getMessage() : String.join("; ", reasons);
    }

    private static void collect(IStatus status, Set<String> reasons) {
        if (status.isMultiStatus() && status.getChildren().length > 0) {
            for (IStatus child : status.getChildren()) {
                collect(child, reasons);
            }
        } else if (!status.isOK()) {
            reasons.add(status.getMessage()
                    + (status.getException() != null && status.getException().getMessage() != null
                            && !status.getMessage().contains(status.getException().getMessage())
                                    ? " (" + status.getException().getMessage() + ")" : ""));
        }
    }
}

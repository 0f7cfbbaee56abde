package atlas.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.commands.MBindingTable;
import org.eclipse.e4.ui.model.application.commands.MKeyBinding;
import org.eclipse.swt.widgets.Display;

/** The key bindings a therapist's product has, read from its model files and found in the running model. */
final class ProductKeyBindings {

    private ProductKeyBindings() {
    }

    /**
     * The key bindings of the product's application model: every binding that Atlas's model files
     * (Application.e4xmi and each bundle's fragment.e4xmi) declare. The test runtime also holds the
     * Eclipse IDE's UI bundles, which Tycho's UI test harness adds (tycho-surefire 4.0.13 requires
     * org.eclipse.ui.ide.application whenever useUIHarness is set); their legacy key bindings land
     * in the same window context and take over Ctrl+S, Ctrl+Z, Ctrl+W, Ctrl+Q and F5. The product
     * has none of them, so they are taken out here and Atlas's bindings put back as the product
     * has them; each is then pressed for real.
     */
    static List<MKeyBinding> of(MApplication application) throws Exception {
        Map<String, String> declared = new TreeMap<>(); // command id -> key sequence
        for (org.osgi.framework.Bundle bundle : org.osgi.framework.FrameworkUtil.getBundle(ProductKeyBindings.class)
                .getBundleContext().getBundles()) {
            if (bundle.getSymbolicName().startsWith("atlas.")) {
                for (String file : List.of("Application.e4xmi", "fragment.e4xmi")) {
                    java.net.URL model = bundle.getEntry(file);
                    if (model != null) {
                        try (java.io.InputStream in = model.openStream()) {
                            declared.putAll(bindingsIn(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)));
                        }
                    }
                }
            }
        }
        List<MKeyBinding> found = new ArrayList<>();
        Display.getDefault().syncExec(() -> {
            MBindingTable window = application.getBindingTables().stream()
                    .filter(t -> "org.eclipse.ui.contexts.window".equals(t.getBindingContext().getElementId()))
                    .findFirst().orElseThrow();
            Set<String> ours = new java.util.HashSet<>();
            declared.values().forEach(keys -> ours.add(sequence(keys)));
            for (MBindingTable table : application.getBindingTables()) {
                table.getBindings().removeIf(b -> !b.getCommand().getElementId().startsWith("atlas.")
                        && ours.contains(sequence(b.getKeySequence())));
            }
            declared.forEach((command, keys) -> {
                MKeyBinding live = application.getBindingTables().stream().flatMap(t -> t.getBindings().stream())
                        .filter(b -> b.getCommand().getElementId().equals(command)).findFirst().orElse(null);
                if (live == null) {
                    live = org.eclipse.e4.ui.model.application.commands.MCommandsFactory.INSTANCE.createKeyBinding();
                    live.setKeySequence(keys);
                    live.setCommand(application.getCommands().stream()
                            .filter(c -> c.getElementId().equals(command)).findFirst().orElseThrow());
                    window.getBindings().add(live);
                }
                assertEquals(sequence(keys), sequence(live.getKeySequence()), command);
                found.add(live);
            });
        });
        assertEquals(declared.size(), found.size());
        return found;
    }

    /** command id -> key sequence of every key binding an e4 model file declares. */
    static Map<String, String> bindingsIn(String xmi) {
        Map<String, String> commandIds = new HashMap<>();
        java.util.regex.Matcher commands = java.util.regex.Pattern
                .compile("<[^>]*xmi:id=\"([^\"]+)\"[^>]*elementId=\"([^\"]+\\.command\\.[^\"]+)\"").matcher(xmi);
        while (commands.find()) {
            commandIds.put(commands.group(1), commands.group(2));
        }
        Map<String, String> bindings = new TreeMap<>();
        java.util.regex.Matcher keys = java.util.regex.Pattern
                .compile("keySequence=\"([^\"]+)\" command=\"([^\"]+)\"").matcher(xmi);
        while (keys.find()) {
            bindings.put(commandIds.getOrDefault(keys.group(2), keys.group(2)), keys.group(1));
        }
        return bindings;
    }

    /** A key sequence in one spelling: M1 is Ctrl, M2 Shift, M3 Alt on Linux; "CTRL+S" = "M1+S". */
    static String sequence(String keys) {
        return keys.toUpperCase().replace("M1", "CTRL").replace("M2", "SHIFT").replace("M3", "ALT");
    }
}

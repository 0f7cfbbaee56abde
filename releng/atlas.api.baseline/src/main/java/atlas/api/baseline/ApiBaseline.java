package atlas.api.baseline;

import java.io.File;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import aQute.bnd.differ.Baseline;
import aQute.bnd.differ.DiffPluginImpl;
import aQute.bnd.osgi.Jar;
import aQute.bnd.osgi.Processor;
import aQute.bnd.service.diff.Delta;
import aQute.bnd.service.diff.Diff;

/**
 * Compares an API bundle with its last release by OSGi semantic versioning (bnd's differ): each
 * exported package must carry a version at least as high as its changes require - a removed or
 * changed type of a contract a plugin implements needs the next major version, an addition the
 * next minor. Run as {@code java atlas.api.baseline.ApiBaseline RELEASED.jar BUILT.jar}; exits 1
 * and names each package, its version and the one required when the API broke its versions.
 */
public final class ApiBaseline {

    /** A package whose version does not match its change. */
    public record Problem(String packageName, String version, String released, String required, List<String> changes) {

        @Override
        public String toString() {
            return "package " + packageName + " is " + version + " (released " + released + ") but its changes need "
                    + required + ": " + String.join("; ", changes);
        }
    }

    private ApiBaseline() {
    }

    /** The packages of {@code built} whose versions do not match their changes since {@code released}. */
    public static List<Problem> check(File released, File built) throws Exception {
        try (Processor reporter = new Processor(); Jar older = new Jar(released); Jar newer = new Jar(built)) {
            Baseline baseline = new Baseline(reporter, new DiffPluginImpl());
            List<Problem> problems = new ArrayList<>();
            for (Baseline.Info info : baseline.baseline(newer, older, null)) {
                if (info.mismatch) {
                    problems.add(new Problem(info.packageName, String.valueOf(info.newerVersion),
                            String.valueOf(info.olderVersion), String.valueOf(info.suggestedVersion),
                            changes(info.packageDiff)));
                }
            }
            problems.sort(Comparator.comparing(Problem::packageName));
            if (!reporter.isOk()) {
                throw new IllegalStateException("the API could not be compared: " + reporter.getErrors());
            }
            return problems;
        }
    }

    /** The changed members, deepest first named ("REMOVED CLASS atlas.api.report.SectionContent"). */
    private static List<String> changes(Diff diff) {
        List<String> changes = new ArrayList<>();
        collect(diff, changes);
        return changes;
    }

    private static void collect(Diff diff, List<String> changes) {
        Delta delta = diff.getDelta();
        if (delta == Delta.REMOVED || delta == Delta.ADDED || delta == Delta.MAJOR && diff.getChildren().isEmpty()) {
            changes.add(delta + " " + diff.getType() + " " + diff.getName());
            return;
        }
        if (delta == Delta.UNCHANGED || delta == Delta.IGNORED) {
            return;
        }
        for (Diff child : diff.getChildren()) {
            collect(child, changes);
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: ApiBaseline RELEASED.jar BUILT.jar");
            System.exit(2);
        }
        List<Problem> problems = check(new File(args[0]), new File(args[1]));
        problems.forEach(problem -> System.err.println("API baseline: " + problem));
        if (problems.isEmpty()) {
            System.out.println("API baseline: every package's version matches its changes since " + args[0]);
        }
        System.exit(problems.isEmpty() ? 0 : 1);
    }
}

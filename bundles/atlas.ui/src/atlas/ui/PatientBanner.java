package atlas.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;

import atlas.core.dates.ClinicDates;
import atlas.core.episode.Diagnosis;
import atlas.core.episode.EpisodeOfCare;
import atlas.core.patient.Patient;
import atlas.core.redflag.RedFlagScreening;
import atlas.core.redflag.RedFlagWording;

/**
 * The strip at the top of every part that shows one patient's data, so the therapist always sees
 * whose record is open: name, age and date of birth, record number, the active episode with its
 * treating diagnosis, and any red flag not yet acknowledged (clinical reference, "Red flags at
 * intake": a positive flag must be visible until a clinician acknowledges it).
 */
public final class PatientBanner {

    private final ClinicDates dates = ClinicDates.forPlatform();

    private final Composite root;
    private final Label name;
    private final Label facts;
    private final Label episode;
    private final Label notices;
    private final Composite flagStrip;
    private final Label flagText;
    private final Link acknowledged;
    private List<RedFlagScreening> openFlags = List.of();

    /**
     * @param acknowledge called with the open screenings when the user asks to acknowledge them
     * @param history     called when the user asks for the screening history
     */
    public PatientBanner(Composite parent, Consumer<List<RedFlagScreening>> acknowledge, Runnable history) {
        LocalResourceManager resources = new LocalResourceManager(JFaceResources.getResources(), parent);
        root = new Composite(parent, SWT.NONE);
        root.setData(AtlasContext.WIDGET_ID, "banner");
        root.setBackground(resources.create(org.eclipse.jface.resource.ColorDescriptor.createFrom(new RGB(233, 239, 246))));
        root.setBackgroundMode(SWT.INHERIT_FORCE);
        GridLayoutFactory.fillDefaults().numColumns(2).margins(10, 6).spacing(16, 2).applyTo(root);

        name = new Label(root, SWT.NONE);
        name.setData(AtlasContext.WIDGET_ID, "banner.name");
        name.setFont(resources.create(FontDescriptor.createFrom(JFaceResources.getBannerFont())
                .increaseHeight(2)));
        GridDataFactory.fillDefaults().applyTo(name);
        facts = new Label(root, SWT.NONE);
        facts.setData(AtlasContext.WIDGET_ID, "banner.facts");
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(facts);

        episode = new Label(root, SWT.NONE);
        episode.setData(AtlasContext.WIDGET_ID, "banner.episode");
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(episode);
        notices = new Label(root, SWT.WRAP);
        notices.setData(AtlasContext.WIDGET_ID, "banner.notices");
        notices.setForeground(resources.create(org.eclipse.jface.resource.ColorDescriptor.createFrom(new RGB(140, 80, 0))));
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(notices);

        flagStrip = new Composite(root, SWT.NONE);
        flagStrip.setData(AtlasContext.WIDGET_ID, "banner.redFlags");
        flagStrip.setBackground(resources.create(org.eclipse.jface.resource.ColorDescriptor.createFrom(new RGB(178, 34, 34))));
        GridLayoutFactory.fillDefaults().numColumns(2).margins(8, 4).applyTo(flagStrip);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).exclude(true).applyTo(flagStrip);
        flagStrip.setVisible(false);
        flagText = new Label(flagStrip, SWT.WRAP);
        flagText.setData(AtlasContext.WIDGET_ID, "banner.redFlags.text");
        flagText.setForeground(root.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        flagText.setFont(JFaceResources.getBannerFont());
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(flagText);
        Button acknowledgeButton = new Button(flagStrip, SWT.PUSH);
        acknowledgeButton.setText(Messages.banner_acknowledge);
        acknowledgeButton.setData(AtlasContext.WIDGET_ID, "banner.redFlags.acknowledge");
        acknowledgeButton.addListener(SWT.Selection, e -> acknowledge.accept(openFlags));
        // the banner forces its colours on its children; the button keeps the normal button colours
        acknowledgeButton.setBackground(root.getDisplay().getSystemColor(SWT.COLOR_WIDGET_BACKGROUND));
        acknowledgeButton.setForeground(root.getDisplay().getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));

        // acknowledged flags stay part of the record: a quiet line that opens the screening history
        acknowledged = new Link(root, SWT.WRAP);
        acknowledged.setData(AtlasContext.WIDGET_ID, "banner.redFlags.acknowledged");
        acknowledged.setForeground(resources.create(org.eclipse.jface.resource.ColorDescriptor.createFrom(new RGB(110, 40, 40))));
        acknowledged.addListener(SWT.Selection, e -> history.run());
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).exclude(true).applyTo(acknowledged);
        acknowledged.setVisible(false);
    }

    public Composite control() {
        return root;
    }

    /**
     * Shows {@code patient} as of {@code today}; the episode may be null, the flags and notices
     * (goal status, reminders of the plan of care) empty.
     */
    public void show(Patient patient, LocalDate today, EpisodeOfCare activeEpisode, List<RedFlagScreening> flags,
            List<String> notes, Function<Long, String> clinicianName) {
        name.setText(patient.displayName());
        facts.setText(String.join("   \u00b7   ", Counted.of(Messages.banner_age, patient.ageOn(today)),
                dates.date(patient.getDateOfBirth()), Messages.bind(Messages.banner_recordNumber,
                        patient.getRecordNumber())));
        episode.setText(activeEpisode == null ? Messages.banner_noEpisode
                : Messages.bind(Messages.banner_episodeSince, dates.date(activeEpisode.getStartDate()),
                        diagnosisOf(activeEpisode)));
        notices.setText(String.join("   \u00b7   ", notes));
        ((org.eclipse.swt.layout.GridData) notices.getLayoutData()).exclude = notes.isEmpty();
        notices.setVisible(!notes.isEmpty());
        openFlags = flags.stream().filter(RedFlagScreening::isOpen).collect(Collectors.toList());
        boolean anyOpen = !openFlags.isEmpty();
        flagText.setText(anyOpen ? Messages.bind(Messages.banner_redFlagOpen, RedFlagWording.list(openFlags.stream()
                .flatMap(screening -> screening.flags().stream()).distinct().toList())) : "");
        flagStrip.setVisible(anyOpen);
        ((org.eclipse.swt.layout.GridData) flagStrip.getLayoutData()).exclude = !anyOpen;
        String earlier = acknowledgedLine(flags, clinicianName);
        acknowledged.setText(earlier);
        acknowledged.setVisible(!earlier.isEmpty());
        ((org.eclipse.swt.layout.GridData) acknowledged.getLayoutData()).exclude = earlier.isEmpty();
        // each changed label drops its cached size; the banner's own requestLayout would not
        for (org.eclipse.swt.widgets.Control changed : new org.eclipse.swt.widgets.Control[] { name, facts, episode,
                notices, flagText, flagStrip, acknowledged }) {
            changed.requestLayout();
        }
    }

    /** "1 red flag acknowledged: Dizziness, by Maria Lehmann, PT, on 12 Nov 2026 - screening history". */
    private static String acknowledgedLine(List<RedFlagScreening> screenings, Function<Long, String> clinicianName) {
        List<RedFlagScreening> done = screenings.stream()
                .filter(screening -> !screening.flags().isEmpty() && !screening.isOpen()).toList();
        if (done.isEmpty()) {
            return "";
        }
        int count = done.stream().mapToInt(screening -> screening.flags().size()).sum();
        String which = done.stream().map(screening -> Messages.bind(Messages.banner_acknowledgedOne, new Object[] {
                RedFlagWording.list(screening.flags()), clinicianName.apply(screening.getAcknowledgedBy()),
                ClinicDates.forPlatform().date(screening.acknowledgedAt().toLocalDate()) }))
                .collect(Collectors.joining("; "));
        return new java.text.MessageFormat(Messages.banner_acknowledged, java.util.Locale.getDefault())
                .format(new Object[] { count, which });
    }

    private static String diagnosisOf(EpisodeOfCare episode) {
        List<Diagnosis> diagnoses = episode.getDiagnoses();
        return diagnoses.isEmpty() ? Messages.banner_noDiagnosis
                : diagnoses.stream().map(Diagnosis::toString).map(String::strip).collect(Collectors.joining(", "));
    }
}

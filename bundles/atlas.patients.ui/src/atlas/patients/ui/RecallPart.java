package atlas.patients.ui;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

import atlas.core.clinician.ClinicianService;
import atlas.core.episode.EpisodeService;
import atlas.core.episode.Recall;
import atlas.patients.ui.handlers.OpenPatientRecord;
import atlas.ui.AtlasContext;
import atlas.ui.Counted;
import atlas.ui.InBackground;
import atlas.ui.Widgets;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * Patient > Recall List (issue 18): whom to call - a re-evaluation due, a missed visit with none
 * since, a series ended without a discharge, a referral running out - for the front desk and the
 * therapists, by the store's rules (EpisodeService.recall). Enter or a double-click on a line opens
 * the patient: the record for whoever reads records, Book Visit for the front desk. Read in the
 * background; follows every booked or changed visit.
 */
public class RecallPart {

    @Inject
    @Service
    private EpisodeService episodes;
    @Inject
    @Service
    private ClinicianService clinicians;
    @Inject
    private ECommandService commands;
    @Inject
    private EHandlerService handlers;
    @Inject
    private IEventBroker events;

    private Label summary;
    private Table table;
    private long reads;
    private List<Recall.Line> listed = List.of();

    @PostConstruct
    void create(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(8, 6).applyTo(parent);
        Composite bar = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(bar);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
        Widgets.button(bar, Messages.recall_refresh, "recall.refresh", this::load);
        summary = new Label(bar, SWT.WRAP);
        summary.setData(AtlasContext.WIDGET_ID, "recall.summary");
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).indent(12, 0).applyTo(summary);
        table = Widgets.table(parent, "recall.lines", Messages.recall_columns.split("\\|"));
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
        table.addListener(SWT.DefaultSelection, e -> openChosen());
        load();
    }

    @Focus
    void focus() {
        table.setFocus();
    }

    /** A visit booked or changed anywhere in this Atlas: read the list again. */
    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    void visitsChanged(@UIEventTopic(AtlasContext.TOPIC_RECORD_CHANGED) Object change) {
        if (table != null && !table.isDisposed()) {
            load();
        }
    }

    private void load() {
        long thisRead = ++reads; // an older, slower read must not overwrite a newer one
        say(Messages.recall_reading);
        InBackground.run(table, Messages.recall_title, () -> episodes.recall(LocalDateTime.now()), lines -> {
            if (thisRead == reads && !table.isDisposed()) {
                fill(lines);
            }
        }, e -> say(e.getMessage()));
    }

    private void fill(List<Recall.Line> lines) {
        listed = lines;
        table.removeAll();
        for (Recall.Line line : lines) {
            new TableItem(table, SWT.NONE).setText(new String[] { why(line),
                    line.date() == null ? "" : Labels.date(line.date()), line.recordNumber(), line.patientName() });
        }
        Widgets.packColumns(table);
        say(lines.isEmpty() ? Messages.recall_none : Counted.of(Messages.recall_count, lines.size()));
    }

    private String why(Recall.Line line) {
        return switch (line.reason()) {
        case RE_EVALUATION_DUE -> Messages.recall_reEvaluation;
        case NO_SHOW_NOT_BACK -> Messages.recall_noShow;
        case SERIES_ENDED -> Messages.recall_seriesEnded;
        case REFERRAL_ENDING -> ReferralWords.notice(line.referral(), java.time.LocalDate.now())
                .orElse(Messages.recall_referral);
        };
    }

    /** The chosen line's patient: the record where the role reads records, else Book Visit. */
    private void openChosen() {
        int index = table.getSelectionIndex();
        if (index < 0 || index >= listed.size()) {
            return;
        }
        Recall.Line line = listed.get(index);
        ParameterizedCommand open = commands.createCommand(OpenPatientRecord.COMMAND,
                Map.of(OpenPatientRecord.PATIENT_PARAMETER, Long.toString(line.patientId())));
        if (handlers.canExecute(open)) {
            handlers.executeHandler(open);
            return;
        }
        new VisitBooking(episodes, clinicians, events).book(table, line.patientId(), line.patientName(), null,
                (booking, visit) -> say(NLS.bind(Messages.recall_booked, line.patientName())), e -> say(e.getMessage()));
    }

    private void say(String text) {
        if (!summary.isDisposed()) {
            summary.setText(text);
            summary.requestLayout();
        }
    }
}

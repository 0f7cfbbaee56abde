package atlas.patients.ui;

import java.util.function.Consumer;

import org.eclipse.jface.layout.TreeColumnLayout;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Tree;

import atlas.core.episode.EpisodeOfCare;
import atlas.core.episode.Visit;
import atlas.core.note.ClinicalNote;
import atlas.ui.AtlasContext;

/**
 * The patient's episodes of care, newest first, each with its visits in time order: type, date,
 * clinician, whether the visit's note is signed, and the forms filled at it with their scores.
 */
final class VisitTimeline {

    private final TreeViewer viewer;
    private RecordSnapshot shown;

    VisitTimeline(Composite parent, Consumer<Visit> visitChosen, Runnable enterPressed) {
        Composite holder = new Composite(parent, SWT.NONE);
        TreeColumnLayout layout = new TreeColumnLayout();
        holder.setLayout(layout);
        viewer = new TreeViewer(holder, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        Tree tree = viewer.getTree();
        tree.setData(AtlasContext.WIDGET_ID, "record.timeline");
        tree.setHeaderVisible(true);
        tree.setLinesVisible(true);
        viewer.setContentProvider(new Content());
        org.eclipse.jface.viewers.ColumnViewerToolTipSupport.enableFor(viewer);
        Font bold = JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT);
        column(layout, Messages.timeline_when, 36, 150, new Text() {
            @Override
            String of(Object element) {
                if (element instanceof EpisodeOfCare episode) {
                    // a closed episode says when and why it ended
                    return episode.isClosed() && episode.getEndDate() != null
                            ? NLS.bind(Messages.timeline_episodeEnded, new Object[] {
                                    Labels.date(episode.getStartDate()), Labels.episodeStatus(episode.getStatus()),
                                    Labels.date(episode.getEndDate()), episode.getDischargeReason() == null ? ""
                                            : ", " + Labels.dischargeReason(episode.getDischargeReason()) })
                            : NLS.bind(Messages.timeline_episode, Labels.date(episode.getStartDate()),
                                    Labels.episodeStatus(episode.getStatus()));
                }
                return Labels.dateTime(((Visit) element).getStartsAt());
            }

            @Override
            public Font getFont(Object element) {
                return element instanceof EpisodeOfCare ? bold : null;
            }
        });
        column(layout, Messages.timeline_type, 30, 140, new Text() {
            @Override
            String of(Object element) {
                return element instanceof Visit visit ? Labels.visitType(visit.getType())
                        : ((EpisodeOfCare) element).getDiagnoses().stream().findFirst().map(Object::toString)
                                .orElse("");
            }
        });
        column(layout, Messages.timeline_clinician, 22, 100, new Text() {
            @Override
            String of(Object element) {
                return element instanceof Visit visit ? shown.clinicianName(visit.getClinicianId()) : "";
            }
        });
        column(layout, Messages.timeline_note, 12, 70, new Text() {
            @Override
            String of(Object element) {
                if (!(element instanceof Visit visit)) {
                    return "";
                }
                ClinicalNote note = shown.noteByVisit().get(visit.getId());
                if (note == null && !visit.getStatus().holdsTime()) {
                    return Labels.visitStatus(visit); // "Cancelled late: migraine attack", "No-show"
                }
                return note == null ? Messages.timeline_noNote
                        : note.isSigned() ? Messages.timeline_signed : Messages.timeline_draft;
            }
        });
        column(layout, Messages.timeline_forms, 26, 110, new Text() {
            @Override
            String of(Object element) {
                return element instanceof Visit visit ? shown.scoresByVisit().getOrDefault(visit.getId(), "") : "";
            }
        });
        viewer.addSelectionChangedListener(e -> {
            Object chosen = ((IStructuredSelection) e.getSelection()).getFirstElement();
            if (chosen instanceof Visit visit) {
                visitChosen.accept(visit);
            }
        });
        tree.addListener(SWT.DefaultSelection, e -> enterPressed.run());
    }

    /** A cell's text; the whole text is also its tooltip, for a cell too narrow to show it. */
    private abstract static class Text extends ColumnLabelProvider {
        abstract String of(Object element);

        @Override
        public String getText(Object element) {
            return of(element);
        }

        @Override
        public String getToolTipText(Object element) {
            String text = of(element);
            return text == null || text.isEmpty() ? null : text;
        }
    }

    /**
     * A column sharing the width by {@code weight}, never narrower than {@code least} pixels: a date
     * and time, a visit type or a signed state stays readable at 1280x800, and a narrower record
     * scrolls sideways instead of cutting them.
     */
    private void column(TreeColumnLayout layout, String title, int weight, int least, ColumnLabelProvider text) {
        TreeViewerColumn column = new TreeViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        column.setLabelProvider(text);
        layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, least));
    }

    Composite control() {
        return viewer.getTree().getParent();
    }

    /** Shows the snapshot, keeping the chosen visit chosen (or choosing {@code visitId}). */
    void show(RecordSnapshot snapshot, Long visitId) {
        shown = snapshot;
        viewer.setInput(snapshot);
        viewer.expandAll();
        if (visitId != null) {
            snapshot.visitsByEpisode().values().stream().flatMap(java.util.List::stream)
                    .filter(visit -> visit.getId() == visitId.longValue()).findFirst()
                    .ifPresent(visit -> viewer.setSelection(new org.eclipse.jface.viewers.StructuredSelection(visit),
                            true));
        }
    }

    void focus() {
        viewer.getTree().setFocus();
    }

    /** Chooses {@code visit} again, as when its note could not be left (a conflict, a failed save). */
    void select(Visit visit) {
        if (visit != null) {
            viewer.setSelection(new org.eclipse.jface.viewers.StructuredSelection(visit), true);
        }
    }

    private final class Content implements ITreeContentProvider {
        @Override
        public Object[] getElements(Object input) {
            return ((RecordSnapshot) input).episodes().toArray();
        }

        @Override
        public Object[] getChildren(Object parent) {
            return parent instanceof EpisodeOfCare episode ? shown.visitsOf(episode).toArray() : new Object[0];
        }

        @Override
        public Object getParent(Object element) {
            return null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return element instanceof EpisodeOfCare episode && !shown.visitsOf(episode).isEmpty();
        }
    }
}

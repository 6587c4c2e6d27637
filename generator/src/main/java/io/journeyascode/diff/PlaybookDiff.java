package io.journeyascode.diff;

import io.journeyascode.model.Finding;
import java.util.List;
import java.util.Optional;

/**
 * What changed for customers between two versions of a journeys folder (base and head). Every
 * list is in a stable order: by journey id, then touchpoint id (journey-level entries first);
 * unreadable journey files by file. Findings keep the position of the version they belong to:
 * introduced ones the head's, resolved ones the base's.
 *
 * <p>A journey whose file is still there but cannot be read on one side is neither added nor
 * removed: it is {@code journeysUnreadable} when the head cannot read it and
 * {@code journeysReadableAgain} when the base could not.
 *
 * <p>{@code noJourneyFiles}: neither side holds a journey file nor anything else that was checked
 * (see {@link io.journeyascode.api.ValidationResult#checkedNothing()}), most often the wrong
 * folders: there was nothing to compare, which is not the same as no change.
 */
public record PlaybookDiff(
        List<JourneyEntry> journeysAdded,
        List<JourneyEntry> journeysRemoved,
        List<UnreadableEntry> journeysUnreadable,
        List<JourneyEntry> journeysReadableAgain,
        List<TouchpointEntry> touchpointsAdded,
        List<TouchpointEntry> touchpointsRemoved,
        List<Move> touchpointsMoved,
        List<Change> changes,
        List<Finding> findingsIntroduced,
        List<Finding> findingsResolved,
        Coverage coverageBefore,
        Coverage coverageAfter,
        boolean noJourneyFiles) {

    public PlaybookDiff {
        journeysAdded = List.copyOf(journeysAdded);
        journeysRemoved = List.copyOf(journeysRemoved);
        journeysUnreadable = List.copyOf(journeysUnreadable);
        journeysReadableAgain = List.copyOf(journeysReadableAgain);
        touchpointsAdded = List.copyOf(touchpointsAdded);
        touchpointsRemoved = List.copyOf(touchpointsRemoved);
        touchpointsMoved = List.copyOf(touchpointsMoved);
        changes = List.copyOf(changes);
        findingsIntroduced = List.copyOf(findingsIntroduced);
        findingsResolved = List.copyOf(findingsResolved);
    }

    /** True when nothing a customer would notice changed and no finding came or went. */
    public boolean isEmpty() {
        return journeysAdded.isEmpty()
                && journeysRemoved.isEmpty()
                && journeysUnreadable.isEmpty()
                && journeysReadableAgain.isEmpty()
                && touchpointsAdded.isEmpty()
                && touchpointsRemoved.isEmpty()
                && touchpointsMoved.isEmpty()
                && changes.isEmpty()
                && findingsIntroduced.isEmpty()
                && findingsResolved.isEmpty();
    }

    /** A journey that was added or removed as a whole. */
    public record JourneyEntry(String id, String title, String file, int touchpoints) {}

    /**
     * A journey file that the head cannot read (a YAML syntax error, an empty file: its finding
     * says why) while the base could read it or did not have it. {@code before} is the journey
     * the base read from the file; empty for a file the base did not have or whose journey the
     * head still reads from another file.
     */
    public record UnreadableEntry(String file, Optional<JourneyEntry> before) {}

    /** A touchpoint added to or removed from a journey present in both versions. */
    public record TouchpointEntry(
            String journey, String touchpoint, String name, String stage, boolean critical, boolean measured) {}

    /** A touchpoint that now sits in another stage of its journey. */
    public record Move(String journey, String touchpoint, String name, String fromStage, String toStage) {}

    /**
     * A changed property of a journey ({@code touchpoint} empty) or touchpoint. For list items
     * (expectations, metrics) one of before/after is empty: the item was added or removed.
     */
    public record Change(
            String journey,
            Optional<String> touchpoint,
            String field,
            Optional<String> before,
            Optional<String> after) {}

    /** How much of a playbook is measured and described. */
    public record Coverage(int criticalTouchpoints, int criticalMeasured, int touchpoints, int withExpectations) {

        /** "2/3 (67%)", or "0/0" when there is nothing to count. */
        public static String share(int part, int whole) {
            return whole == 0 ? "0/0" : part + "/" + whole + " (" + Math.round(100.0 * part / whole) + "%)";
        }

        public String measuredShare() {
            return share(criticalMeasured, criticalTouchpoints);
        }

        public String expectationsShare() {
            return share(withExpectations, touchpoints);
        }
    }
}

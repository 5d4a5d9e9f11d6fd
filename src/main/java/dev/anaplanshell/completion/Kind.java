package dev.anaplanshell.completion;

/** The kinds of value a parameter can complete to ({@link Completes}); {@link Completions} offers each. */
public enum Kind {
    /** Workspaces the user can see. */
    WORKSPACE,
    /** Models, in every workspace. */
    MODEL,
    /** Modules of the current model. */
    MODULE,
    /** Lists of the current model. */
    LIST,
    /** Views of the current model. */
    VIEW,
    /** Line items of the current model as {@code Module.Line Item}. */
    LINE_ITEM,
    /** Dimensions of the current model (lists, time, versions). */
    DIMENSION,
    /** A local file or folder. */
    FILE,
    /** Files of the current model (Bulk API). */
    MODEL_FILE,
    /** Exports of the current model. */
    EXPORT,
    /** Imports of the current model. */
    IMPORT,
    /** Processes of the current model. */
    PROCESS,
    /** Actions of the current model. */
    ACTION,
    /** The four kinds of bulk object: imports, exports, processes, actions. */
    TASK_KIND,
    /** The names of the kind of bulk object given by an earlier word of the line. */
    TASK_OBJECT,
    /** The tasks this session started, newest first. */
    TASK_ID,
    /** Saved profiles. */
    PROFILE,
    /** The session's variables. */
    VARIABLE,
    /** The fixed values of {@link Completes#choices()}. */
    CHOICE
}

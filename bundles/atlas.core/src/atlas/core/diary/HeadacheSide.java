package atlas.core.diary;

/** Where the headache is felt. */
public enum HeadacheSide {
    LEFT, RIGHT, BOTH
}

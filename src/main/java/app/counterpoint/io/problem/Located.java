package app.counterpoint.io.problem;

/** Something at a place in a file that a problem can point at: a line and a column as Jackson reports them. */
public interface Located {

    int line();

    int column();
}

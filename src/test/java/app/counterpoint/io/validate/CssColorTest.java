package app.counterpoint.io.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CssColorTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "#abc",
                "#ABCD",
                "#1f77b4",
                "#1f77b480",
                "rgb(31, 119, 180)",
                "RGBA(0,0,0,0.5)",
                "rgb(10%, 20%, 30%)",
                "hsl(210, 70%, 40%)",
                "hsla(210, 70%, 40%, 1)",
                "steelblue",
                "RebeccaPurple",
                "lightgoldenrodyellow",
                "grey"
            })
    void accepts(String color) {
        assertTrue(CssColor.isValid(color), color);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "#",
                "#12",
                "#12345",
                "#1234567",
                "#ggg",
                "blu",
                "rgb(1, 2)",
                "rgb(256, 0, 0)",
                "rgba(0, 0, 0)",
                "rgb(0, 0, 0, 1)",
                "hsl(10%, 50%, 50%)",
                "hsl(10, 50, 50)",
                "rgba(0,0,0,1.5)",
                "transparentish",
                "red;"
            })
    void rejects(String color) {
        assertFalse(CssColor.isValid(color), color);
    }

    @Test
    void knowsAll148NamedColours() {
        assertEquals(148, CssColor.NAMED_COLORS.size());
    }
}

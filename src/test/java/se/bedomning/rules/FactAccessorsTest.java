package se.bedomning.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Drools 10.2.0 reads a constraint on a property {@code x} through a public method named {@code x()}
 * when one exists, but a binding through {@code getX()}. A fact type with both, returning different
 * things, makes the same word mean two values in one rule (it made gaps.drl compare groups without a
 * segment), so no fact type may have such a pair.
 */
class FactAccessorsTest {

    @Test
    void noFactTypeHasAPlainAccessorThatShadowsItsGetterWithAnotherValue() {
        List<String> clashes = new ArrayList<>();
        for (Class<?> type : FactProperties.TYPES.values()) {
            for (Method plain : type.getMethods()) {
                String name = plain.getName();
                if (plain.getParameterCount() != 0 || Modifier.isStatic(plain.getModifiers())
                        || name.startsWith("get") || name.startsWith("is") || plain.getDeclaringClass() == Object.class) {
                    continue;
                }
                String cap = Character.toUpperCase(name.charAt(0)) + name.substring(1);
                for (String getter : new String[] {"get" + cap, "is" + cap}) {
                    try {
                        Method g = type.getMethod(getter);
                        if (!g.getGenericReturnType().equals(plain.getGenericReturnType())) {
                            clashes.add(type.getSimpleName() + "." + name + "() returns " + plain.getGenericReturnType()
                                    + " but " + getter + "() returns " + g.getGenericReturnType());
                        }
                    } catch (NoSuchMethodException e) {
                        // no getter of that name: the plain method cannot shadow one
                    }
                }
            }
        }
        assertEquals(List.of(), clashes);
    }
}

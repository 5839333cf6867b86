package dk.socialbench.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link ResultColumns} and {@link DatasetNames} declare exactly the names the catalogue uses: no
 * dataset or column without its constant, no constant that names nothing. Each constant's name is
 * its value in upper case, so that a reader can trust {@code MEAN_VUM} to be {@code "mean_vum"}.
 */
class ResultNamesTest {

  @Test
  void every_catalogue_column_has_a_constant_and_every_constant_a_column() {
    Set<String> catalogue =
        ResultCatalogue.all().stream()
            .flatMap(d -> d.columns().stream().map(Column::name))
            .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(catalogue, constants(ResultColumns.class));
  }

  @Test
  void every_dataset_has_a_constant_and_every_constant_a_dataset() {
    Set<String> catalogue =
        ResultCatalogue.all().stream()
            .map(ResultDataset::name)
            .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(catalogue, constants(DatasetNames.class));
  }

  @Test
  void a_constant_is_named_as_its_value() {
    for (Class<?> holder : List.of(ResultColumns.class, DatasetNames.class)) {
      for (Field f : stringConstants(holder)) {
        assertEquals(f.getName(), value(f).toUpperCase(), holder.getSimpleName());
      }
    }
  }

  @Test
  void every_key_figure_is_a_constant_and_has_a_danish_label() {
    for (String code : ResultCodes.KEY_FIGURES) {
      assertEquals(Set.of(code), Set.copyOf(named(code)), code);
      assertNotEquals(code, Labels.da(ResultColumns.KEY_FIGURE, code), code);
    }
    // The unit costs are the last two key figures (computed from service years, not registrations).
    assertEquals(ResultCodes.KEY_FIGURES.subList(5, 7), ResultCodes.UNIT_COST_KEY_FIGURES);
  }

  @Test
  void every_code_list_names_a_catalogue_column() {
    Set<String> columns = constants(ResultColumns.class);
    for (CodeList list : CodeList.values()) {
      assertEquals(true, columns.contains(list.column()), list.name());
    }
  }

  private static List<String> named(String code) {
    return stringConstants(ResultCodes.class).stream()
        .map(ResultNamesTest::value)
        .filter(code::equals)
        .toList();
  }

  private static Set<String> constants(Class<?> holder) {
    return stringConstants(holder).stream()
        .map(ResultNamesTest::value)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static List<Field> stringConstants(Class<?> holder) {
    return Stream.of(holder.getDeclaredFields())
        .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == String.class)
        .toList();
  }

  private static String value(Field f) {
    try {
      return (String) f.get(null);
    } catch (IllegalAccessException e) {
      throw new AssertionError(e);
    }
  }
}

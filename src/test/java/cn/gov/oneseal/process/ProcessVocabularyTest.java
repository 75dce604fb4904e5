package cn.gov.oneseal.process;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.oneseal.form.FormChoices;
import cn.gov.oneseal.process.StageContracts.StageContract;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The process vocabulary ({@code process/}) against the files analysts edit: every variable a model reads, writes or
 * maps, every form field, every message, every called stage and its mappings, every decision table's inputs and
 * outputs is declared — and nothing is declared that nothing uses. The Java code takes the forms' labels and options
 * from the forms ({@link FormChoices}): a map in {@code src/main} that copies a choice field's options fails here.
 */
class ProcessVocabularyTest {

  static Set<String> variables;
  static Set<String> messages;
  static Set<String> keys;
  static List<Path> models;

  @BeforeAll
  static void declared() throws IOException {
    variables = constants(CaseVariables.class);
    variables.addAll(constants(FormFields.class));
    messages = constants(Messages.class);
    keys = constants(ProcessKeys.class);
    try (Stream<Path> files = Files.list(Path.of("processes"))) {
      models = files.filter(p -> p.toString().endsWith(".bpmn") || p.toString().endsWith(".dmn")).sorted().toList();
    }
  }


  @Test
  void everyVariableOfEveryModelIsDeclared() throws IOException {
    List<String> undeclared = new ArrayList<>();
    for (Path model : models) {
      String xml = Files.readString(model);
      for (String variable : variablesOf(xml)) {
        if (!variables.contains(variable)) {
          undeclared.add(model.getFileName() + ": " + variable);
        }
      }
    }
    assertThat(undeclared).as("variables used by the models but declared in neither CaseVariables nor FormFields")
        .isEmpty();
  }

  @Test
  void everyFieldOfEveryFormIsDeclaredAndEveryDeclarationIsUsed() throws IOException {
    Set<String> fields = new TreeSet<>();
    FormChoices.all().values().forEach(form -> fields.addAll(form.keySet()));
    assertThat(new TreeSet<>(constants(FormFields.class))).as("FormFields, one per form field (but caseNumber)")
        .isEqualTo(without(fields, CaseVariables.CASE_NUMBER));
    Set<String> used = new HashSet<>(fields);
    for (Path model : models) {
      used.addAll(variablesOf(Files.readString(model)));
    }
    used.addAll(javaLiterals());
    Set<String> stale = new TreeSet<>(constants(CaseVariables.class));
    stale.removeAll(used);
    assertThat(stale).as("CaseVariables that no model, form or Java code uses").isEmpty();
  }

  @Test
  void everyMessageAndCalledProcessIsDeclared() throws IOException {
    Set<String> used = new TreeSet<>();
    List<String> problems = new ArrayList<>();
    for (Path model : models) {
      String xml = Files.readString(model);
      for (Matcher m = Pattern.compile("<bpmn:message [^>]*name=\"([^\"]+)\"").matcher(xml); m.find(); ) {
        used.add(m.group(1));
        if (!messages.contains(m.group(1))) {
          problems.add(model.getFileName() + ": message " + m.group(1));
        }
      }
      for (Matcher m = Pattern.compile("calledElement=\"([^\"]+)\"").matcher(xml); m.find(); ) {
        if (!keys.contains(m.group(1))) {
          problems.add(model.getFileName() + ": called process " + m.group(1));
        }
      }
    }
    assertThat(problems).as("messages and called processes not declared in Messages and ProcessKeys").isEmpty();
    assertThat(used).as("every declared message has its catch or start event").containsAll(messages);
  }

  @Test
  void everyCallActivityMapsWhatItsStageDeclares() throws IOException {
    List<String> problems = new ArrayList<>();
    Pattern callActivity = Pattern.compile("<bpmn:callActivity\\b([^>]*)>(.*?)</bpmn:callActivity>", Pattern.DOTALL);
    Pattern mapping = Pattern.compile("<camunda:(in|out)\\b([^>]*)/>");
    for (Path model : models) {
      for (Matcher call = callActivity.matcher(Files.readString(model)); call.find(); ) {
        String stage = attribute(call.group(1), "calledElement");
        StageContract contract = StageContracts.of(stage).orElse(null);
        if (contract == null) {
          problems.add(model.getFileName() + ": " + stage + " has no contract in StageContracts");
          continue;
        }
        boolean businessKey = false;
        for (Matcher m = mapping.matcher(call.group(2)); m.find(); ) {
          String attributes = m.group(2);
          if (attributes.contains("businessKey=")) {
            businessKey = attribute(attributes, "businessKey").equals("#{execution.processBusinessKey}");
            continue;
          }
          if (attributes.contains("variables=")) {
            problems.add(model.getFileName() + ": " + stage + " maps all variables");
            continue;
          }
          String source = attribute(attributes, "source");
          String target = attribute(attributes, "target");
          List<String> allowed = m.group(1).equals("in") ? contract.in() : contract.out();
          if (!source.equals(target) || !allowed.contains(target)) {
            problems.add(model.getFileName() + ": " + stage + " " + m.group(1) + " " + source + " → " + target
                + " (the stage declares " + m.group(1) + " " + allowed + ")");
          }
        }
        if (!businessKey) {
          problems.add(model.getFileName() + ": " + stage + " does not pass the case number as business key");
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void noJavaCopiesTheOptionsOfAFormsChoiceField() throws IOException {
    // a map literal whose keys are the option values of a choice field and whose values are Chinese labels
    Pattern mapLiteral = Pattern.compile("Map\\.of\\(((?:\\s*\"[^\"]*\"\\s*,\\s*\"[^\"]*\"\\s*,?)+)\\)");
    Pattern pair = Pattern.compile("\"([^\"]*)\"\\s*,\\s*\"([^\"]*)\"");
    List<String> copies = new ArrayList<>();
    for (Path source : javaSources()) {
      String java = Files.readString(source);
      for (Matcher literal = mapLiteral.matcher(java); literal.find(); ) {
        Set<String> values = new TreeSet<>();
        boolean chinese = false;
        for (Matcher p = pair.matcher(literal.group(1)); p.find(); ) {
          values.add(p.group(1));
          chinese |= p.group(2).codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        }
        if (!chinese || values.size() < 2) {
          continue;
        }
        FormChoices.all().forEach((form, fields) -> fields.values().forEach(field -> {
          if (!field.options().isEmpty() && field.options().keySet().containsAll(values)) {
            copies.add(source.getFileName() + " copies the options " + values + " of " + form + "." + field.key());
          }
        }));
      }
    }
    assertThat(copies).as("label maps that copy a form (take them from form/FormChoices)").isEmpty();
  }

  @Test
  void theProcessContractInTheDocsIsTheDeclaredOne() throws IOException {
    String doc = Files.readString(Path.of("src/docs/process-contract.md"));
    String table = doc.substring(doc.indexOf("| stage | in | out |"));
    List<String> rows = table.lines().takeWhile(l -> l.startsWith("|")).filter(l -> l.startsWith("| `")).toList();
    assertThat(rows).as("one row per stage").hasSize(StageContracts.STAGES.size());
    for (StageContract stage : StageContracts.STAGES) {
      String row = rows.stream().filter(r -> r.startsWith("| `" + stage.key() + "`")).findFirst().orElseThrow(
          () -> new AssertionError("src/docs/process-contract.md has no row for " + stage.key()));
      String[] cells = row.split("\\|");
      assertThat(backticked(cells[2])).as(stage.key() + " in").containsExactlyElementsOf(stage.in());
      assertThat(backticked(cells[3])).as(stage.key() + " out").containsExactlyElementsOf(stage.out());
    }
  }

  private static List<String> backticked(String cell) {
    List<String> names = new ArrayList<>();
    for (Matcher m = Pattern.compile("`([^`]+)`").matcher(cell); m.find(); ) {
      names.add(m.group(1));
    }
    return names;
  }

  /** The variables a model (BPMN or DMN) reads, writes or maps ({@link ModelVocabulary}, as on arrival). */
  static Set<String> variablesOf(String model) {
    return ModelVocabulary.variablesOf(model);
  }

  /** The names the Java code uses: as a literal or as a CaseVariables constant; and the forms' {{templates}}. */
  private static Set<String> javaLiterals() throws IOException {
    Set<String> names = new HashSet<>();
    Map<String, String> constants = new java.util.HashMap<>();
    for (Field field : CaseVariables.class.getDeclaredFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
        constants.put(field.getName(), value(field));
      }
    }
    for (Path source : javaSources()) {
      String java = Files.readString(source);
      for (Matcher m = Pattern.compile("\"([a-z][A-Za-z0-9]*)\"").matcher(java); m.find(); ) {
        names.add(m.group(1));
      }
      for (Matcher m = Pattern.compile("CaseVariables\\.([A-Z_]+)").matcher(java); m.find(); ) {
        names.add(constants.get(m.group(1)));
      }
    }
    try (Stream<Path> forms = Files.list(Path.of("forms"))) {
      for (Path form : forms.filter(Files::isRegularFile).toList()) {
        for (Matcher m = Pattern.compile("\\{\\{\\s*([a-z][A-Za-z0-9]*)").matcher(Files.readString(form)); m.find(); ) {
          names.add(m.group(1));
        }
      }
    }
    return names;
  }

  private static List<Path> javaSources() throws IOException {
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      return files.filter(p -> p.toString().endsWith(".java") && !p.toString().contains("/process/")).toList();
    }
  }

  private static String attribute(String attributes, String name) {
    return ModelVocabulary.attribute(attributes, name);
  }

  private static Set<String> without(Set<String> set, String element) {
    Set<String> copy = new TreeSet<>(set);
    copy.remove(element);
    return copy;
  }

  static Set<String> constants(Class<?> type) {
    Set<String> values = new HashSet<>();
    Arrays.stream(type.getDeclaredFields())
        .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == String.class)
        .forEach(f -> values.add(value(f)));
    return values;
  }

  private static String value(Field field) {
    try {
      return (String) field.get(null);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }
}

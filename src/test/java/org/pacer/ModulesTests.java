package org.pacer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module boundaries, checked on the compiled classes: no cycles between modules and no module reaching into
 * another's internals. The other test writes the module documentation and keeps the picture in
 * docs/architecture.md true to the code.
 */
class ModulesTests {

	/** Used by nearly every module: drawn as a note, not as twenty arrows each. */
	private static final Set<String> SHARED = Set.of("common", "time");

	private static final Path DOCS = Path.of("docs", "modules");

	private final ApplicationModules modules = ApplicationModules.of(PacerApplication.class);

	@Test
	void modulesHaveNoCyclesAndUseOnlyEachOthersPublicApi() {
		modules.verify();
	}

	@Test
	void writesTheModuleDocumentationAndTheArchitecturePageShowsTheSamePicture() throws IOException {
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder(DOCS.toString()))
				.writeModulesAsPlantUml()
				.writeIndividualModulesAsPlantUml()
				.writeModuleCanvases();
		sortRelations();
		String picture = mermaid();
		Files.writeString(DOCS.resolve("modules.md"), picture);

		String architecture = Files.readString(Path.of("docs", "architecture.md"));
		String shown = architecture.substring(architecture.indexOf("<!-- modules:start -->\n") + 23,
				architecture.indexOf("<!-- modules:end -->"));
		assertThat(shown).as("docs/architecture.md shows docs/modules/modules.md as this test wrote it")
				.isEqualTo(picture);
	}

	/**
	 * The Documenter writes a diagram's relations in no fixed order; sorted, the files change only when the modules
	 * do. Relations are independent lines, so their order means nothing to PlantUML.
	 */
	private static void sortRelations() throws IOException {
		try (Stream<Path> files = Files.list(DOCS)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".puml")).toList()) {
				List<String> lines = Files.readAllLines(file);
				Iterator<String> sorted = lines.stream().filter(ModulesTests::isRelation).sorted().iterator();
				List<String> written = lines.stream().map(line -> isRelation(line) ? sorted.next() : line).toList();
				Files.write(file, written);
			}
		}
	}

	private static boolean isRelation(String line) {
		return line.startsWith("Rel(");
	}

	/** The modules and their dependencies as a Mermaid graph, which the repository's Markdown viewers draw. */
	private String mermaid() {
		StringBuilder graph = new StringBuilder("```mermaid\nflowchart TD\n");
		modules.stream().sorted(Comparator.comparing(ApplicationModule::getName))
				.filter(module -> !SHARED.contains(module.getName()))
				.forEach(module -> module.getDependencies(modules).uniqueModules().map(ApplicationModule::getName)
						.filter(target -> !SHARED.contains(target)).sorted().distinct()
						.forEach(target -> graph.append("  ").append(module.getName()).append(" --> ").append(target)
								.append('\n')));
		graph.append("```\n\n").append(SHARED.stream().sorted().map(name -> "`" + name + "`")
				.collect(Collectors.joining(" and "))).append(" are used by most modules and left out of the picture.\n");
		return graph.toString();
	}
}

package org.pacer;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module boundaries, checked on the compiled classes: no cycles between modules and no module reaching into
 * another's internals. The second test writes the module documentation that docs/architecture.md shows.
 */
class ModulesTests {

	private final ApplicationModules modules = ApplicationModules.of(PacerApplication.class);

	@Test
	void modulesHaveNoCyclesAndUseOnlyEachOthersPublicApi() {
		modules.verify();
	}

	@Test
	void writesTheModuleDocumentation() {
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
				.writeModulesAsPlantUml()
				.writeIndividualModulesAsPlantUml()
				.writeModuleCanvases();
	}
}

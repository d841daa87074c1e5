package org.pacer.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.pacer.catalogue.CatalogueService;
import org.pacer.catalogue.HierarchyLevel;
import org.pacer.catalogue.LevelDetails;
import org.pacer.catalogue.MaturityLevel;
import org.pacer.catalogue.NeedDetails;
import org.pacer.catalogue.PersistentNeed;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The catalogue over the API: everyone signed in reads it; administrators (by their portal login) add and change
 * levels and needs, retire needs and rename maturity levels, under the rules of the catalogue pages.
 */
@ApiController
@RequestMapping("/api/v1/catalogue")
@Tag(name = "Catalogue", description = "The hierarchy of needs, the persistent needs and the maturity scale")
class CatalogueApi {

	private static final String CHANGES = " Administrators only; a level or need in use changes by a new version "
			+ "(the answer is the new current version, with a new id), so past scorecards and the measures defined "
			+ "before stay as they were.";

	private final CatalogueService catalogue;

	CatalogueApi(CatalogueService catalogue) {
		this.catalogue = catalogue;
	}

	public record LevelView(long id, int rank, String name, String description, int minMaturity, int version) {

		static LevelView of(HierarchyLevel l) {
			return new LevelView(l.getId(), l.getRank(), l.getName(), l.getDescription(), l.getMinMaturity(),
					l.getVersion());
		}
	}

	public record NeedView(long id, String code, String name, String description, String perspective, long levelId,
			int level, int version, boolean retired) {

		static NeedView of(PersistentNeed n) {
			return new NeedView(n.getId(), n.getCode(), n.getName(), n.getDescription(), n.getPerspective().name(),
					n.getLevel().getId(), n.getLevel().getRank(), n.getVersion(), n.isRetired());
		}
	}

	public record MaturityView(int level, String name, String description) {

		static MaturityView of(MaturityLevel m) {
			return new MaturityView(m.getLevel(), m.getName(), m.getDescription());
		}
	}

	public record CatalogueView(List<LevelView> levels, List<NeedView> needs, List<MaturityView> maturityLevels) {
	}

	public record MaturityName(String name) {
	}

	@GetMapping
	@Operation(summary = "The catalogue", description = "Current levels in order, every need's current version "
			+ "(retired ones flagged: they are offered for no new measure) and the maturity scale.")
	@ApiResponse(responseCode = "200", useReturnTypeSchema = true, content = @Content(examples = @ExampleObject(value = ApiExamples.CATALOGUE)))
	public CatalogueView get() {
		return new CatalogueView(catalogue.levels().stream().map(LevelView::of).toList(),
				catalogue.needs().stream().map(NeedView::of).toList(),
				catalogue.maturityLevels().stream().map(MaturityView::of).toList());
	}

	@PostMapping("/levels")
	@Operation(summary = "Add a hierarchy level", description = "Order and name unique among the current levels." + CHANGES)
	@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = ApiExamples.LEVEL_IN)))
	@ApiResponse(responseCode = "200", useReturnTypeSchema = true, content = @Content(examples = @ExampleObject(value = ApiExamples.LEVEL)))
	@ApiResponse(responseCode = "400", description = "Refused; nothing saved", content = @Content(mediaType = "application/problem+json",
			examples = @ExampleObject(value = ApiExamples.CATALOGUE_REFUSED)))
	public LevelView addLevel(@RequestBody LevelDetails level) {
		return LevelView.of(catalogue.createLevel(level, CatalogueService.administrator().id()));
	}

	@PutMapping("/levels/{id}")
	@Operation(summary = "Change a hierarchy level", description = "Every field is given." + CHANGES)
	@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = ApiExamples.LEVEL_IN)))
	@ApiResponse(responseCode = "200", useReturnTypeSchema = true, content = @Content(examples = @ExampleObject(value = ApiExamples.LEVEL)))
	@ApiResponse(responseCode = "400", description = "Refused; nothing saved", content = @Content(mediaType = "application/problem+json",
			examples = @ExampleObject(value = ApiExamples.CATALOGUE_REFUSED)))
	public LevelView changeLevel(@PathVariable long id, @RequestBody LevelDetails level) {
		return LevelView.of(catalogue.updateLevel(id, level, CatalogueService.administrator().id()));
	}

	@PostMapping("/needs")
	@Operation(summary = "Add a persistent need", description = "A new need is a coverage gap only for relationships "
			+ "whose measures are defined after it." + CHANGES)
	@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = ApiExamples.NEED_IN)))
	@ApiResponse(responseCode = "200", useReturnTypeSchema = true, content = @Content(examples = @ExampleObject(value = ApiExamples.NEED)))
	public NeedView addNeed(@RequestBody NeedDetails need) {
		return NeedView.of(catalogue.createNeed(need, CatalogueService.administrator().id()));
	}

	@PutMapping("/needs/{id}")
	@Operation(summary = "Change a persistent need", description = "Every field is given." + CHANGES)
	@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = ApiExamples.NEED_IN)))
	@ApiResponse(responseCode = "200", useReturnTypeSchema = true, content = @Content(examples = @ExampleObject(value = ApiExamples.NEED)))
	public NeedView changeNeed(@PathVariable long id, @RequestBody NeedDetails need) {
		return NeedView.of(catalogue.updateNeed(id, need, CatalogueService.administrator().id()));
	}

	@PostMapping("/needs/{id}/retire")
	@Operation(summary = "Retire a persistent need", description = "Offered for no new measure and no coverage gap "
			+ "any more; the measures using it keep it. Retiring twice changes nothing. Administrators only.")
	@ApiResponse(responseCode = "200", useReturnTypeSchema = true, content = @Content(examples = @ExampleObject(value = ApiExamples.NEED)))
	public NeedView retireNeed(@PathVariable long id) {
		return NeedView.of(catalogue.retireNeed(id, CatalogueService.administrator().id()));
	}

	@PutMapping("/maturity-levels/{level}")
	@Operation(summary = "Rename a maturity level", description = "The scale stays 1 to 5. Administrators only.")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = ApiExamples.MATURITY_IN)))
	@ApiResponse(responseCode = "200", useReturnTypeSchema = true, content = @Content(examples = @ExampleObject(value = ApiExamples.MATURITY)))
	public MaturityView renameMaturity(@PathVariable int level, @RequestBody MaturityName body) {
		return MaturityView.of(catalogue.renameMaturityLevel(level, body.name(), CatalogueService.administrator().id()));
	}
}

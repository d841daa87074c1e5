package org.pacer.modeler;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Pacer's element templates for the browser modeler: the JSON files of processes/.camunda/element-templates/, which
 * Camunda Modeler desktop reads from the same folder and the build copies to classpath:element-templates/. Each file
 * holds one template or an array of them; the modeler wants one array. Read once: the files ship with the build.
 */
@Component
class ElementTemplates {

	private final String json;

	public ElementTemplates(ObjectMapper mapper) {
		ArrayNode all = mapper.createArrayNode();
		try {
			Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:element-templates/*.json");
			Arrays.sort(files, Comparator.comparing(Resource::getFilename));
			for (Resource file : files) {
				try (InputStream in = file.getInputStream()) {
					JsonNode templates = mapper.readTree(in);
					if (templates.isArray()) {
						templates.forEach(all::add);
					}
					else {
						all.add(templates);
					}
				}
			}
			this.json = mapper.writeValueAsString(all);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Pacer's element templates do not read", e);
		}
	}

	public String json() {
		return json;
	}
}

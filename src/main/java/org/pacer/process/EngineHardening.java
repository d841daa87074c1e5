package org.pacer.process;

import java.util.ArrayList;
import java.util.List;

import javax.script.ScriptEngine;
import javax.script.ScriptEngineFactory;
import javax.script.ScriptEngineManager;

import org.camunda.bpm.application.AbstractProcessApplication;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.scripting.engine.ScriptEngineResolver;
import org.camunda.bpm.engine.spring.SpringExpressionManager;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The engine's settings behind the rule that process models are data, not code
 * (docs/decisions/0011-process-models-are-data.md), so that a model that got past validation could still do little:
 * <ul>
 * <li>every new deployment goes through {@link ModelSafetyDeployer} first, whatever deploys it;</li>
 * <li>expressions see only Pacer's delegates and {@link ProcessExpressions} beans, not the application context;</li>
 * <li>no script engine resolves, for BPMN scripts and DMN expression languages alike;</li>
 * <li>object variables deserialize only types the engine's validator allows (no extra classes or packages), Java
 * serialization is off, and a serialized object of another type is refused when it is set
 * ({@link CallerNamedTypes}), by the engine's serializers and by those of the process application.</li>
 * </ul>
 * Engine infrastructure, hence impl classes. Here and not in application.yml, so no profile can switch it off.
 */
@Component
class EngineHardening extends AbstractProcessEnginePlugin {

	private final ApplicationContext context;

	private final ProcessBeans beans;

	private final ModelSafety safety;

	public EngineHardening(ApplicationContext context, ProcessBeans beans, ModelSafety safety) {
		this.context = context;
		this.beans = beans;
		this.safety = safety;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		List<Deployer> preDeployers = new ArrayList<>();
		if (configuration.getCustomPreDeployers() != null) {
			preDeployers.addAll(configuration.getCustomPreDeployers());
		}
		preDeployers.add(0, new ModelSafetyDeployer(safety));
		configuration.setCustomPreDeployers(preDeployers);

		configuration.setBeans(beans.forExpressions());
		// the Spring factory made its expression manager, with the whole context, before any plugin ran
		configuration.setExpressionManager(new SpringExpressionManager(context, beans.forExpressions()));

		configuration.setScriptEngineResolver(new NoScriptEngines());

		configuration.setDeserializationTypeValidationEnabled(true);
		configuration.setDeserializationAllowedClasses(null);
		configuration.setDeserializationAllowedPackages(null);
		configuration.setJavaSerializationFormatEnabled(false);
	}

	/** After every plugin's postInit: Spin adds its object serializers there. */
	@Override
	public void postProcessEngineBuild(ProcessEngine engine) {
		CallerNamedTypes.guard(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
				.getVariableSerializers());
	}

	/** Gives each process application a guarded serializer list before it deploys and Spin fills it. */
	@Component
	static class ProcessApplicationSerializers implements BeanPostProcessor {

		@Override
		public Object postProcessBeforeInitialization(Object bean, String name) {
			if (bean instanceof AbstractProcessApplication application && application.getVariableSerializers() == null) {
				application.setVariableSerializers(new CallerNamedTypes.GuardedSerializers());
			}
			return bean;
		}
	}

	/** Resolves no script engine for any language, whatever script engines are on the classpath. */
	static final class NoScriptEngines implements ScriptEngineResolver {

		@Override
		public void addScriptEngineFactory(ScriptEngineFactory factory) {
			// no script engine is added either
		}

		@Override
		public ScriptEngineManager getScriptEngineManager() {
			return new ScriptEngineManager(null);
		}

		@Override
		public ScriptEngine getScriptEngine(String language, boolean resolveFromCache) {
			return null;
		}
	}
}

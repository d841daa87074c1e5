package org.pacer.process;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * The engine wraps whatever a task listener throws into a generic ProcessEngineException, which the REST API
 * answers with 500. This outermost interceptor, running after the rollback, rethrows the {@link RejectedInput}
 * inside, so the portal reads the field errors and the REST API answers 400. Engine infrastructure, hence impl.
 */
@Component
class RejectedInputUnwrapping extends AbstractProcessEnginePlugin {

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		List<CommandInterceptor> interceptors = new ArrayList<>();
		if (configuration.getCustomPreCommandInterceptorsTxRequired() != null) {
			interceptors.addAll(configuration.getCustomPreCommandInterceptorsTxRequired());
		}
		interceptors.add(new CommandInterceptor() {
			@Override
			public <T> T execute(Command<T> command) {
				try {
					return next.execute(command);
				}
				catch (ProcessEngineException e) {
					for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
						if (cause instanceof RejectedInput rejected) {
							throw rejected;
						}
					}
					throw e;
				}
			}
		});
		configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
	}
}

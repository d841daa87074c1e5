package org.pacer.process;

import java.util.AbstractMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * The beans a BPMN model may name: Pacer's delegates and listeners (for {@code ${bean}} delegate expressions) and
 * the beans marked {@link ProcessExpressions} (for method calls such as {@code ${dueDates.days(7)}}). Expressions in
 * the engine see only these ({@link #forExpressions()}), so not even a model that got past validation can reach
 * {@code identityService} or {@code dataSource}.
 * <p>
 * Found from the bean definitions on first use, without creating any bean: the engine asks while the application
 * context is still starting, and delegates depend on engine services.
 */
@Component
class ProcessBeans {

	private static final String PACER_PACKAGE = "org.pacer.";

	private final ApplicationContext context;

	private volatile Found found;

	public ProcessBeans(ApplicationContext context) {
		this.context = context;
	}

	private record Found(Set<String> delegates, Map<String, Class<?>> expressionBeans) {
	}

	public boolean isDelegate(String name) {
		return found().delegates().contains(name);
	}

	/** The class of an expression bean, or null when no bean of that name is registered for expressions. */
	public Class<?> expressionBean(String name) {
		return found().expressionBeans().get(name);
	}

	public Set<String> delegateNames() {
		return found().delegates();
	}

	public Set<String> expressionBeanNames() {
		return found().expressionBeans().keySet();
	}

	/** Whether the application has a bean of this name at all, registered or not. */
	public boolean isAnyBean(String name) {
		return context.containsBean(name);
	}

	/** The registered beans by name, created only when an expression reads one. */
	public Map<Object, Object> forExpressions() {
		return new AbstractMap<>() {
			@Override
			public boolean containsKey(Object key) {
				return key instanceof String name && (isDelegate(name) || expressionBean(name) != null);
			}

			@Override
			public Object get(Object key) {
				return containsKey(key) ? context.getBean((String) key) : null;
			}

			@Override
			public Set<Entry<Object, Object>> entrySet() {
				Set<String> names = new TreeSet<>(delegateNames());
				names.addAll(expressionBeanNames());
				return names.stream().map(n -> (Entry<Object, Object>) new SimpleImmutableEntry<Object, Object>(n,
						context.getBean(n))).collect(Collectors.toSet());
			}
		};
	}

	private Found found() {
		Found result = found;
		if (result == null) {
			Set<String> delegates = new TreeSet<>();
			Map<String, Class<?>> expressionBeans = new TreeMap<>();
			for (String name : context.getBeanDefinitionNames()) {
				Class<?> type = context.getType(name, false);
				if (type == null || !ClassUtils.getUserClass(type).getName().startsWith(PACER_PACKAGE)) {
					continue;
				}
				Class<?> user = ClassUtils.getUserClass(type);
				if (JavaDelegate.class.isAssignableFrom(user) || TaskListener.class.isAssignableFrom(user)
						|| ExecutionListener.class.isAssignableFrom(user)) {
					delegates.add(name);
				}
				if (AnnotatedElementUtils.hasAnnotation(user, ProcessExpressions.class)) {
					expressionBeans.put(name, user);
				}
			}
			result = new Found(Set.copyOf(delegates), Map.copyOf(expressionBeans));
			found = result;
		}
		return result;
	}
}

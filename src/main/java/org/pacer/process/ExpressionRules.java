package org.pacer.process;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Set;

import org.camunda.bpm.impl.juel.AstBinary;
import org.camunda.bpm.impl.juel.AstBoolean;
import org.camunda.bpm.impl.juel.AstComposite;
import org.camunda.bpm.impl.juel.AstDot;
import org.camunda.bpm.impl.juel.AstEval;
import org.camunda.bpm.impl.juel.AstIdentifier;
import org.camunda.bpm.impl.juel.AstMethod;
import org.camunda.bpm.impl.juel.AstNested;
import org.camunda.bpm.impl.juel.AstNull;
import org.camunda.bpm.impl.juel.AstNumber;
import org.camunda.bpm.impl.juel.AstString;
import org.camunda.bpm.impl.juel.AstText;
import org.camunda.bpm.impl.juel.AstUnary;
import org.camunda.bpm.impl.juel.Builder;
import org.camunda.bpm.impl.juel.Node;
import org.camunda.bpm.impl.juel.TreeBuilderException;

/**
 * Decides whether a JUEL expression of a model has one of the shapes Pacer allows, on the expression tree Camunda's
 * own JUEL parser builds (not on its text). Allowed: {@code ${bean}} naming a Pacer delegate, where a delegate
 * expression goes; elsewhere process variables, one property of a variable, literals, comparisons, {@code and or not
 * empty}, calls on beans marked {@link ProcessExpressions} with variables and literals as arguments, and the one
 * reserved read {@code execution.processBusinessKey}. Everything else (other uses of {@code execution} or
 * {@code task}, methods on variables, {@code getClass}, functions, brackets) is refused with the reason, since an
 * expression runs as the server.
 */
final class ExpressionRules {

	/** Names the engine resolves to itself, not to process variables. */
	private static final Set<String> RESERVED = Set.of("execution", "task", "caseExecution", "variableScope",
			"authenticatedUserId", "processEngine", "processEngineServices");

	/** Properties that lead from any object to its class, and from there to the rest of the JVM. */
	private static final Set<String> FORBIDDEN_PROPERTIES = Set.of("class", "classLoader", "declaringClass",
			"module", "protectionDomain");

	private static final Set<String> FORBIDDEN_METHODS = Arrays.stream(Object.class.getMethods())
			.map(Method::getName).collect(java.util.stream.Collectors.toUnmodifiableSet());

	private static final Builder PARSER = new Builder(Builder.Feature.METHOD_INVOCATIONS, Builder.Feature.VARARGS);

	private final ProcessBeans beans;

	ExpressionRules(ProcessBeans beans) {
		this.beans = beans;
	}

	/** Why a delegate expression is refused, or null when it names a Pacer delegate as {@code ${bean}}. */
	String delegateProblem(String expression) {
		String text = expression.trim();
		if (!isExpression(text)) {
			return "Delegate expression '" + text + "' is no expression: write it as ${beanName}.";
		}
		Node root;
		try {
			root = PARSER.build(text).getRoot();
		}
		catch (TreeBuilderException e) {
			return "Delegate expression '" + text + "' does not parse: " + ModelProblem.messageOf(e);
		}
		if (!(root instanceof AstEval eval) || !(eval.getChild(0) instanceof AstIdentifier bean)) {
			return "Delegate expression " + text + " must name one Pacer delegate as ${beanName}; expressions that "
					+ "compute or call something run as the server and are refused.";
		}
		if (beans.isDelegate(bean.getName())) {
			return null;
		}
		if (beans.isAnyBean(bean.getName())) {
			return "Delegate expression " + text + " names bean " + bean.getName() + ", which is no Pacer delegate "
					+ "or listener; pick one from the Pacer templates.";
		}
		return "Delegate expression " + text + " names no bean of Pacer; pick one from the Pacer templates.";
	}

	/** Why an expression outside a delegate is refused (what is named where), or null when its shape is allowed. */
	String valueProblem(String expression, String what) {
		String text = expression.trim();
		Node root;
		try {
			root = PARSER.build(text).getRoot();
		}
		catch (TreeBuilderException e) {
			return what + " '" + text + "' does not parse: " + ModelProblem.messageOf(e);
		}
		String reason = check(root);
		return reason == null ? null : what + " " + text + " is refused: " + reason;
	}

	private String check(Node node) {
		if (node instanceof AstText || node instanceof AstString || node instanceof AstNumber
				|| node instanceof AstBoolean || node instanceof AstNull) {
			return null;
		}
		if (node instanceof AstEval || node instanceof AstNested || node instanceof AstComposite) {
			for (int i = 0; i < node.getCardinality(); i++) {
				String reason = check(node.getChild(i));
				if (reason != null) {
					return reason;
				}
			}
			return null;
		}
		if (node instanceof AstIdentifier identifier) {
			return variable(identifier.getName());
		}
		if (node instanceof AstDot dot) {
			return property(dot);
		}
		if (node instanceof AstMethod method) {
			return call(method);
		}
		if (node instanceof AstBinary binary) {
			AstBinary.Operator operator = binary.getOperator();
			if (operator != AstBinary.EQ && operator != AstBinary.NE && operator != AstBinary.LT
					&& operator != AstBinary.GT && operator != AstBinary.LE && operator != AstBinary.GE
					&& operator != AstBinary.AND && operator != AstBinary.OR) {
				return "it uses the operator " + binary + "; only comparisons, and, or, not and empty are allowed.";
			}
			String left = check(binary.getChild(0));
			return left != null ? left : check(binary.getChild(1));
		}
		if (node instanceof AstUnary unary) {
			return check(unary.getChild(0));
		}
		return "it uses " + describe(node) + "; allowed are process variables, one property of a variable, literals, "
				+ "comparisons, and/or/not/empty, and calls on Pacer's expression beans.";
	}

	private String variable(String name) {
		if (RESERVED.contains(name)) {
			return "'" + name + "' is the engine itself, which expressions may not use (only "
					+ "execution.processBusinessKey may be read).";
		}
		if (beans.isAnyBean(name)) {
			return "'" + name + "' is a bean of the server, not a process variable"
					+ (beans.expressionBean(name) != null ? "; call one of its methods instead." : ".");
		}
		return null;
	}

	private String property(AstDot dot) {
		String name = nameOf(dot);
		Node target = dot.getChild(0);
		if (target instanceof AstIdentifier identifier && identifier.getName().equals("execution")
				&& name.equals("processBusinessKey")) {
			return null;
		}
		if (FORBIDDEN_PROPERTIES.contains(name)) {
			return "the property '" + name + "' leads to the server's classes.";
		}
		if (!(target instanceof AstIdentifier identifier)) {
			return "it reads a property of a property (." + name + "); read one property of a variable at most.";
		}
		return variable(identifier.getName());
	}

	private String call(AstMethod method) {
		if (!(method.getChild(0) instanceof AstDot dot) || !(dot.getChild(0) instanceof AstIdentifier target)) {
			Node start = method;
			while (!(start instanceof AstIdentifier) && start.getCardinality() > 0) {
				start = start.getChild(0);
			}
			if (start instanceof AstIdentifier identifier && RESERVED.contains(identifier.getName())) {
				return variable(identifier.getName());
			}
			return "it calls a method on something other than a Pacer expression bean.";
		}
		String name = nameOf(dot);
		Class<?> bean = beans.expressionBean(target.getName());
		if (bean == null) {
			if (RESERVED.contains(target.getName())) {
				return variable(target.getName());
			}
			return "'" + target.getName() + "' is no bean Pacer registers for expressions (@ProcessExpressions): "
					+ (beans.isAnyBean(target.getName()) ? "its methods are not for models." : "it names no such bean, "
							+ "and methods of process variables may not be called.")
					+ " Registered are " + String.join(", ", new java.util.TreeSet<>(beans.expressionBeanNames())) + ".";
		}
		if (FORBIDDEN_METHODS.contains(name) || Arrays.stream(bean.getMethods()).noneMatch(
				m -> m.getName().equals(name) && !Modifier.isStatic(m.getModifiers())
						&& m.getDeclaringClass() != Object.class)) {
			return target.getName() + " has no method " + name + " a model may call.";
		}
		Node parameters = method.getChild(1);
		for (int i = 0; i < parameters.getCardinality(); i++) {
			Node argument = parameters.getChild(i);
			boolean simple = argument instanceof AstIdentifier || argument instanceof AstDot
					|| argument instanceof AstString || argument instanceof AstNumber || argument instanceof AstBoolean
					|| argument instanceof AstNull;
			if (!simple) {
				return "the arguments of " + target.getName() + "." + name + " must be variables or literals.";
			}
			String reason = check(argument);
			if (reason != null) {
				return reason;
			}
		}
		return null;
	}

	/** JUEL keeps a dot's property name to itself; its printed form is ". name". */
	private static String nameOf(AstDot dot) {
		return dot.toString().substring(2);
	}

	private static String describe(Node node) {
		String type = node.getClass().getSimpleName();
		return switch (type) {
			case "AstFunction" -> "a function (" + node + ")";
			case "AstBracket" -> "brackets [...]";
			case "AstChoice" -> "a choice ?:";
			default -> type;
		};
	}

	static boolean isExpression(String value) {
		return value.contains("${") || value.contains("#{");
	}
}

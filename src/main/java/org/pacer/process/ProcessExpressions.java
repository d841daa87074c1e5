package org.pacer.process;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a Pacer bean whose methods BPMN expressions may call, as in {@code ${dueDates.days(7)}}. Only such beans and
 * Pacer's own delegates and listeners are visible to expressions, and a model naming any other bean is refused
 * (docs/decisions/0011-process-models-are-data.md). Its methods should read, not change, Pacer's data.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ProcessExpressions {
}

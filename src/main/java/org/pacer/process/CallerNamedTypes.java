package org.pacer.process;

import java.util.Arrays;
import java.util.List;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.variable.serializer.DefaultVariableSerializers;
import org.camunda.bpm.engine.impl.variable.serializer.TypedValueSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.ValueFields;
import org.camunda.bpm.engine.impl.variable.serializer.VariableSerializers;
import org.camunda.bpm.engine.runtime.DeserializationTypeValidator;
import org.camunda.bpm.engine.variable.impl.value.UntypedValueImpl;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * Wraps an object serializer (Spin's JSON, Java's) so that an object variable sent in serialized form, whose Java
 * type the caller names ({@code "type":"Object"} with {@code valueInfo.objectTypeName} over /engine-rest), is refused
 * when it is set unless the engine's deserialization type validator allows every type in its name. The engine
 * validates only when it reads such a value back; refused at the door, nothing of it is stored. Values Pacer's own
 * code sets (the DMN's result map) arrive deserialized and pass as before.
 */
final class CallerNamedTypes implements TypedValueSerializer<TypedValue> {

	private final TypedValueSerializer<TypedValue> serializer;

	@SuppressWarnings("unchecked")
	private CallerNamedTypes(TypedValueSerializer<?> serializer) {
		this.serializer = (TypedValueSerializer<TypedValue>) serializer;
	}

	/** The serializer itself, or wrapped when it writes objects. */
	static TypedValueSerializer<?> guarding(TypedValueSerializer<?> serializer) {
		return ValueType.OBJECT.equals(serializer.getType()) && !(serializer instanceof CallerNamedTypes)
				? new CallerNamedTypes(serializer) : serializer;
	}

	/** Wraps the object serializers of a list in place (the engine's, once it is built). */
	static void guard(VariableSerializers serializers) {
		for (TypedValueSerializer<?> serializer : List.copyOf(serializers.getSerializers())) {
			TypedValueSerializer<?> guarded = guarding(serializer);
			if (guarded != serializer) {
				int index = serializers.getSerializerIndex(serializer);
				serializers.removeSerializer(serializer);
				serializers.addSerializer(guarded, index);
			}
		}
	}

	/**
	 * A serializer list that wraps what is added to it: a process application's, which Spin fills when the
	 * application deploys, and which the engine prefers over its own for the application's processes.
	 */
	static final class GuardedSerializers extends DefaultVariableSerializers {

		@Override
		public DefaultVariableSerializers addSerializer(TypedValueSerializer<?> serializer) {
			return super.addSerializer(guarding(serializer));
		}

		@Override
		public DefaultVariableSerializers addSerializer(TypedValueSerializer<?> serializer, int index) {
			return super.addSerializer(guarding(serializer), index);
		}
	}

	@Override
	public void writeValue(TypedValue value, ValueFields fields) {
		if (value instanceof ObjectValue object && !object.isDeserialized()) {
			DeserializationTypeValidator validator = Context.getProcessEngineConfiguration()
					.getDeserializationTypeValidator();
			String typeName = object.getObjectTypeName();
			// a generic name such as java.util.ArrayList<java.lang.String> names several types
			boolean allowed = typeName != null && Arrays.stream(typeName.split("[<>,\\s\\[\\]]+"))
					.filter(t -> !t.isEmpty()).allMatch(validator::validate);
			if (!allowed) {
				throw new RefusedVariable("Variable '" + fields.getName() + "' is refused: objects of type '"
						+ typeName + "' may not be stored; send strings, numbers, booleans, dates or JSON.");
			}
		}
		serializer.writeValue(value, fields);
	}

	@Override
	public String getName() {
		return serializer.getName();
	}

	@Override
	public ValueType getType() {
		return serializer.getType();
	}

	@Override
	public TypedValue readValue(ValueFields fields, boolean deserialize, boolean asTransientValue) {
		return serializer.readValue(fields, deserialize, asTransientValue);
	}

	@Override
	public boolean canHandle(TypedValue value) {
		return serializer.canHandle(value);
	}

	@Override
	public TypedValue convertToTypedValue(UntypedValueImpl untypedValue) {
		return serializer.convertToTypedValue(untypedValue);
	}

	@Override
	public String getSerializationDataformat() {
		return serializer.getSerializationDataformat();
	}

	@Override
	public boolean isMutableValue(TypedValue value) {
		return serializer.isMutableValue(value);
	}
}

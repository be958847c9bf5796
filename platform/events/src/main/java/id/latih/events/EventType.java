package id.latih.events;

/**
 * The stable wire identity of an event: {@code latih.<stage>.<Name>.v<N>}. Never derived from a Java class name at
 * run time, so a class can be renamed or moved without breaking a reader.
 */
public record EventType(String ceType, Stage stage, Class<? extends LatihEvent> javaType) {

    static EventType of(Stage stage, String name, int version, Class<? extends LatihEvent> javaType) {
        return new EventType("latih." + stage.key() + "." + name + ".v" + version, stage, javaType);
    }

    public String topic() {
        return stage.topic();
    }
}

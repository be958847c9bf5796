package id.latih.events;

import static id.latih.events.Stage.ENROLLMENTS;
import static id.latih.events.Stage.EVALUATIONS;
import static id.latih.events.Stage.NEEDS;
import static id.latih.events.Stage.PROGRAMS;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every event Latih publishes, with its stable type string and topic. The single source of the wire catalog. */
public final class EventCatalog {

    public static final List<EventType> ALL = List.of(
            EventType.of(NEEDS, "EmployeeRegistered", 1, EmployeeRegistered.class),
            EventType.of(NEEDS, "EmployeeUpdated", 1, EmployeeUpdated.class),
            EventType.of(NEEDS, "NeedIdentified", 1, NeedIdentified.class),
            EventType.of(NEEDS, "NeedStatusChanged", 1, NeedStatusChanged.class),
            EventType.of(NEEDS, "ServiceSatisfactionMeasured", 1, ServiceSatisfactionMeasured.class),
            EventType.of(PROGRAMS, "ProgramPublished", 1, ProgramPublished.class),
            EventType.of(PROGRAMS, "ProgramRevised", 1, ProgramRevised.class),
            EventType.of(PROGRAMS, "ProgramCancelled", 1, ProgramCancelled.class),
            EventType.of(PROGRAMS, "ProgramClosed", 1, ProgramClosed.class),
            EventType.of(ENROLLMENTS, "EnrollmentRequested", 1, EnrollmentRequested.class),
            EventType.of(ENROLLMENTS, "EnrollmentConfirmed", 1, EnrollmentConfirmed.class),
            EventType.of(ENROLLMENTS, "EnrollmentWaitlisted", 1, EnrollmentWaitlisted.class),
            EventType.of(ENROLLMENTS, "EnrollmentCancelled", 1, EnrollmentCancelled.class),
            EventType.of(ENROLLMENTS, "AttendanceRecorded", 1, AttendanceRecorded.class),
            EventType.of(ENROLLMENTS, "TrainingCompleted", 1, TrainingCompleted.class),
            EventType.of(ENROLLMENTS, "TrainingNotCompleted", 1, TrainingNotCompleted.class),
            EventType.of(EVALUATIONS, "EvaluationCompleted", 1, EvaluationCompleted.class),
            EventType.of(EVALUATIONS, "CompetencyObserved", 1, CompetencyObserved.class),
            EventType.of(EVALUATIONS, "FollowUpRecommended", 1, FollowUpRecommended.class),
            EventType.of(EVALUATIONS, "BehaviourCheckRequested", 1, BehaviourCheckRequested.class));

    private static final Map<Class<?>, EventType> BY_CLASS =
            ALL.stream().collect(Collectors.toUnmodifiableMap(EventType::javaType, Function.identity()));
    private static final Map<String, EventType> BY_CE_TYPE =
            ALL.stream().collect(Collectors.toUnmodifiableMap(EventType::ceType, Function.identity()));

    private EventCatalog() {
    }

    public static EventType typeOf(Class<? extends LatihEvent> eventClass) {
        EventType type = BY_CLASS.get(eventClass);
        if (type == null) {
            throw new IllegalArgumentException("Not in the event catalog: " + eventClass.getName());
        }
        return type;
    }

    public static Optional<EventType> byCeType(String ceType) {
        return Optional.ofNullable(BY_CE_TYPE.get(ceType));
    }
}

package id.latih.gateway.stream;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EventBufferTest {

    @Test
    void a_resume_gets_exactly_the_events_after_its_position() {
        EventBuffer buffer = new EventBuffer(10, 1_000_000, 0);
        for (long i = 1; i <= 5; i++) {
            buffer.add(event(i, 1000 * i));
        }

        EventBuffer.Replay replay = buffer.after(3);

        assertThat(replay.events()).extracting(StreamEvent::sequence).containsExactly(4L, 5L);
        assertThat(replay.gap()).isFalse();
        assertThat(buffer.after(5).events()).isEmpty();
    }

    @Test
    void the_oldest_events_go_first_when_the_count_is_reached_and_a_resume_before_them_is_told_of_the_gap() {
        EventBuffer buffer = new EventBuffer(3, 1_000_000, 0);
        for (long i = 1; i <= 5; i++) {
            buffer.add(event(i, 1000 * i));
        }

        assertThat(buffer.size()).isEqualTo(3);
        assertThat(buffer.after(1).gap()).isTrue();
        assertThat(buffer.after(1).events()).extracting(StreamEvent::sequence).containsExactly(3L, 4L, 5L);
        assertThat(buffer.after(2).gap()).as("event 2 was the last one evicted, the client has it").isFalse();
    }

    @Test
    void the_bytes_bound_evicts_too() {
        StreamEvent sample = event(1, 0);
        EventBuffer buffer = new EventBuffer(1000, sample.size() * 2, 0);
        for (long i = 1; i <= 5; i++) {
            buffer.add(event(i, 1000 * i));
        }

        assertThat(buffer.size()).isEqualTo(2);
        assertThat(buffer.bytes()).isLessThanOrEqualTo(sample.size() * 2);
    }

    @Test
    void a_resume_by_time_gets_every_event_from_that_time_and_knows_when_the_buffer_does_not_reach_back_so_far() {
        EventBuffer buffer = new EventBuffer(3, 1_000_000, 500);
        for (long i = 1; i <= 4; i++) {
            buffer.add(event(i, 1000 * i));
        }

        assertThat(buffer.since(2500).events()).extracting(StreamEvent::sequence).containsExactly(3L, 4L);
        assertThat(buffer.since(2500).gap()).isFalse();
        assertThat(buffer.since(1000).gap()).as("event 1 at 1000 was evicted").isTrue();
    }

    private static StreamEvent event(long sequence, long timestamp) {
        String json = "{\"id\":\"" + sequence + "\"}";
        return new StreamEvent(sequence, timestamp, "latih.programs.ProgramPublished.v1", "3273.DINKES", null, json,
                json);
    }
}

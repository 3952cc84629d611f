// tests/unit/test_gpio.c — board/gpio.c through its API: pin validity,
// modes, pulls, open drain, the host's drive, output reports (captured by
// pointing gpio_output_hook at a recorder instead of hal_gpio_output), edge
// latching and gpio_poll's hand-over (gpio_irq_hook -> recorder), the
// disable_irq hold, soft reset / power-on, and a host thread driving a pin
// while the interpreter side polls.
#include <pthread.h>
#include "tests/unit/unit.h"
#include "board/gpio.h"

static int out_pin[64], out_level[64], n_out;
static int irq_pin[64], irq_flags[64], n_irq;

static void record_output(int pin, int level) {
    if (n_out < 64) {
        out_pin[n_out] = pin;
        out_level[n_out] = level;
    }
    n_out++;
}

static void record_irq(int pin, int flags) {
    if (n_irq < 64) {
        irq_pin[n_irq] = pin;
        irq_flags[n_irq] = flags;
    }
    n_irq++;
}

static bool port_event_posted(void) {
    obj_t e = __atomic_exchange_n(&rt_state.pending_exception, OBJ_NULL, __ATOMIC_SEQ_CST);
    return e == RT_PENDING_PORT;
}

static volatile int thread_rises;

static void *drive_thread(void *arg) {
    for (int i = 0; i < 2000; i++) {
        gpio_drive_external(5, i & 1);
    }
    gpio_drive_external(5, -1);
    return NULL;
}

int main(void) {
    UNIT_START(1 << 20);
    gpio_output_hook = record_output;
    gpio_irq_hook = record_irq;
    gpio_power_on();

    // ---- which pins exist
    CHECK(gpio_is_valid(0) && gpio_is_valid(2) && gpio_is_valid(21) && gpio_is_valid(39));
    CHECK(!gpio_is_valid(20) && !gpio_is_valid(24) && !gpio_is_valid(28) && !gpio_is_valid(31));
    CHECK(!gpio_is_valid(-1) && !gpio_is_valid(40));
    CHECK(gpio_is_input_only(34) && gpio_is_input_only(39) && !gpio_is_input_only(33));

    // ---- power-on state: inputs, no pull, undriven, read 0
    for (int i = 0; i < GPIO_COUNT; i++) {
        CHECK(gpio_mode(i) == GPIO_MODE_IN && gpio_pull(i) == GPIO_PULL_NONE && gpio_level(i) == 0);
    }
    CHECK(n_out == 0);

    // ---- pulls and the host's drive on an input
    gpio_set_pull(4, GPIO_PULL_UP);
    CHECK(gpio_level(4) == 1);
    gpio_set_pull(4, GPIO_PULL_DOWN);
    CHECK(gpio_level(4) == 0);
    gpio_drive_external(4, 1);
    CHECK(gpio_level(4) == 1 && gpio_external(4) == 1);
    gpio_drive_external(4, 0);
    gpio_set_pull(4, GPIO_PULL_UP);
    CHECK(gpio_level(4) == 0);   // the drive beats the pull
    gpio_drive_external(4, -1);
    CHECK(gpio_level(4) == 1 && gpio_external(4) == -1);
    gpio_set_pull(4, GPIO_PULL_NONE);
    CHECK(gpio_level(4) == 0);
    CHECK(n_out == 0);           // inputs never report
    gpio_set_pull(36, GPIO_PULL_UP);   // no pull resistors on 34..39
    CHECK(gpio_pull(36) == GPIO_PULL_NONE && gpio_level(36) == 0);
    gpio_drive_external(99, 1);  // out of range: ignored
    gpio_drive_external(-3, 1);

    // ---- output: reports only changes
    gpio_set_latch(21, 1);       // latch set while an input: no report yet
    CHECK(n_out == 0 && gpio_level(21) == 0);
    gpio_set_mode(21, GPIO_MODE_OUT);
    CHECK(n_out == 1 && out_pin[0] == 21 && out_level[0] == 1 && gpio_level(21) == 1);
    gpio_set_latch(21, 1);
    CHECK(n_out == 1);
    gpio_set_latch(21, 0);
    CHECK(n_out == 2 && out_level[1] == 0 && gpio_level(21) == 0);
    gpio_set_latch(21, 5);       // any true value is 1
    CHECK(n_out == 3 && out_level[2] == 1 && gpio_latch(21) == 1);
    gpio_drive_external(21, 0);  // the output wins over the host
    CHECK(gpio_level(21) == 1);
    gpio_drive_external(21, -1);
    gpio_set_mode(21, GPIO_MODE_IN);
    CHECK(n_out == 3 && gpio_level(21) == 0);
    gpio_set_mode(21, GPIO_MODE_OUT);   // same level as last reported: no report
    CHECK(n_out == 3 && gpio_level(21) == 1);

    // ---- open drain
    n_out = 0;
    gpio_set_latch(13, 0);
    gpio_set_mode(13, GPIO_MODE_OPEN_DRAIN);
    CHECK(gpio_level(13) == 0 && n_out == 1 && out_pin[0] == 13 && out_level[0] == 0);
    gpio_drive_external(13, 1);
    CHECK(gpio_level(13) == 0);          // sinking beats a high drive
    gpio_set_latch(13, 1);               // released: the host decides
    CHECK(gpio_level(13) == 1 && n_out == 2 && out_level[1] == 1);
    gpio_drive_external(13, 0);          // wired-AND
    CHECK(gpio_level(13) == 0);
    gpio_drive_external(13, -1);
    CHECK(gpio_level(13) == 1);          // idle released line: pulled up
    gpio_set_pull(13, GPIO_PULL_DOWN);
    CHECK(gpio_level(13) == 0);
    gpio_set_pull(13, GPIO_PULL_UP);
    CHECK(gpio_level(13) == 1);
    CHECK(n_out == 2);

    // ---- edges: only with a trigger, only the triggered kinds
    port_event_posted();
    n_irq = 0;
    gpio_drive_external(15, 1);
    gpio_drive_external(15, 0);
    CHECK(!gpio_edges_pending() && !port_event_posted());
    gpio_set_irq(15, GPIO_IRQ_RISING);
    CHECK(gpio_irq_trigger(15) == GPIO_IRQ_RISING);
    gpio_drive_external(15, 0);          // no change, no edge
    CHECK(!gpio_edges_pending());
    gpio_drive_external(15, 1);
    CHECK(gpio_edges_pending() && port_event_posted());
    gpio_poll();
    CHECK(n_irq == 1 && irq_pin[0] == 15 && irq_flags[0] == GPIO_IRQ_RISING);
    CHECK(!gpio_edges_pending());
    gpio_poll();
    CHECK(n_irq == 1);
    gpio_drive_external(15, 0);          // falling: not triggered
    CHECK(!gpio_edges_pending() && !port_event_posted());
    gpio_set_irq(15, GPIO_IRQ_RISING | GPIO_IRQ_FALLING);
    gpio_drive_external(15, 1);
    gpio_drive_external(15, 0);
    gpio_drive_external(15, 1);          // three edges before a poll: one hand-over, both flags
    gpio_poll();
    CHECK(n_irq == 2 && irq_flags[1] == (GPIO_IRQ_RISING | GPIO_IRQ_FALLING));
    // a pull change that moves the level is an edge too
    gpio_drive_external(15, -1);         // floating input, no pull: falls to 0
    gpio_set_pull(15, GPIO_PULL_UP);     // rises to 1
    gpio_poll();
    CHECK(n_irq == 3 && irq_flags[2] == (GPIO_IRQ_RISING | GPIO_IRQ_FALLING));
    // an output's own changes are seen by its IRQ (ESP32 pins are in+out)
    gpio_set_irq(21, GPIO_IRQ_FALLING);
    gpio_set_latch(21, 0);
    gpio_poll();
    CHECK(n_irq == 4 && irq_pin[3] == 21 && irq_flags[3] == GPIO_IRQ_FALLING);
    gpio_set_irq(21, 0);
    // two pins at once, delivered in pin order
    gpio_set_irq(2, GPIO_IRQ_RISING);
    gpio_drive_external(15, 0);
    gpio_drive_external(2, 1);
    gpio_poll();
    CHECK(n_irq == 6 && irq_pin[4] == 2 && irq_pin[5] == 15 && irq_flags[5] == GPIO_IRQ_FALLING);
    // take_edges directly
    gpio_drive_external(2, 0);
    gpio_drive_external(2, 1);
    CHECK(gpio_take_edges(2) == GPIO_IRQ_RISING && gpio_take_edges(2) == 0);
    gpio_poll();
    CHECK(n_irq == 6);

    // ---- disable_irq holds edges; enabling posts an event
    gpio_irq_enable(false);
    port_event_posted();
    gpio_drive_external(2, 0);
    gpio_drive_external(2, 1);
    CHECK(!port_event_posted());
    gpio_poll();
    CHECK(n_irq == 6 && gpio_edges_pending());
    gpio_irq_enable(true);
    CHECK(port_event_posted());
    gpio_poll();
    CHECK(n_irq == 7 && irq_pin[6] == 2);

    // ---- no hook: edges are dropped quietly
    gpio_irq_hook = NULL;
    gpio_drive_external(2, 0);
    gpio_drive_external(2, 1);
    gpio_poll();
    CHECK(!gpio_edges_pending());
    gpio_irq_hook = record_irq;

    // ---- soft reset: triggers go, modes and levels stay
    gpio_drive_external(2, 0);
    gpio_soft_reset();
    CHECK(!gpio_edges_pending() && gpio_irq_trigger(2) == 0 && gpio_irq_trigger(15) == 0);
    CHECK(gpio_mode(21) == GPIO_MODE_OUT && gpio_level(21) == 0 && gpio_mode(13) == GPIO_MODE_OPEN_DRAIN);
    gpio_drive_external(2, 1);
    CHECK(!gpio_edges_pending());

    // ---- power on: inputs again; the host's drive stays; reports restart
    n_out = 0;
    gpio_power_on();
    CHECK(gpio_mode(21) == GPIO_MODE_IN && gpio_latch(21) == 0 && gpio_pull(13) == GPIO_PULL_NONE);
    CHECK(gpio_level(2) == 1 && gpio_external(2) == 1);
    gpio_set_mode(21, GPIO_MODE_OUT);
    CHECK(n_out == 1 && out_pin[0] == 21 && out_level[0] == 0);
    gpio_drive_external(2, -1);

    // ---- a host thread drives while this thread polls
    n_irq = 0;
    gpio_set_irq(5, GPIO_IRQ_RISING);
    pthread_t th;
    pthread_create(&th, NULL, drive_thread, NULL);
    for (int i = 0; i < 1000; i++) {
        gpio_poll();
    }
    pthread_join(th, NULL);
    gpio_poll();
    CHECK(n_irq >= 1 && gpio_level(5) == 0 && !gpio_edges_pending());
    bool only5 = true;
    for (int i = 0; i < n_irq && i < 64; i++) {
        only5 = only5 && irq_pin[i] == 5 && irq_flags[i] == GPIO_IRQ_RISING;
    }
    CHECK(only5);
    (void)thread_rises;
    port_event_posted();

    UNIT_END();
}

package id.latih.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataFolderLockTest {

    @TempDir
    Path data;

    @Test
    void a_second_launcher_over_the_same_data_is_refused_saying_so() throws Exception {
        try (DataFolderLock first = DataFolderLock.acquire(data)) {
            assertThatThrownBy(() -> DataFolderLock.acquire(data))
                    .isInstanceOf(DataFolderLock.DataFolderInUse.class)
                    .hasMessageContaining("another Latih is running over " + data);
        }
    }

    @Test
    void the_folder_is_free_again_once_its_holder_is_gone() throws Exception {
        DataFolderLock.acquire(data).close();

        try (DataFolderLock again = DataFolderLock.acquire(data)) {
            assertThat(data.resolve(DataFolderLock.FILE)).exists();
        }
    }
}

package id.latih.enrollments.adapter.in.web;

import java.util.List;

/** One page of a list: its items, which page of what size, and how many items there are in all. */
record PageView<T>(List<T> items, int page, int size, long totalItems) {
}

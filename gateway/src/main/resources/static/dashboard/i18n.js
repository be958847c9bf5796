// Every text of the dashboard, in Bahasa Indonesia (the default) and English. Only these dictionaries hold words;
// the other modules use their keys.
const dictionaries = {
  id: {
    title: "Dasbor Pengembangan Kompetensi",
    switchLanguage: "English",
    login: "Masuk",
    logout: "Keluar",
    loginPrompt: "Masuk dengan akun Latih Anda untuk melihat dasbor instansi Anda.",
    loginFailed: "Gagal masuk: {0}. Silakan coba lagi.",
    sessionExpired: "Sesi berakhir. Silakan masuk kembali.",
    who: "{0} · {1}",
    needsTitle: "Kebutuhan per kompetensi",
    needsNote: "Jumlah kebutuhan pengembangan yang terbuka dan yang sudah terpenuhi, per kode kompetensi.",
    priorityTitle: "Prioritas kebutuhan (backlog)",
    priorityNote: "Prioritas tertinggi per kompetensi dan jumlah pegawai yang membutuhkannya.",
    seatsTitle: "Program dan kursi",
    seatsNote: "Kapasitas tiap program yang ditawarkan dan kursi yang sudah terisi.",
    enrollmentsTitle: "Pendaftaran dan kelulusan per bulan",
    enrollmentsNote: "Pendaftaran dan penyelesaian menurut bulan mulai program.",
    complianceTitle: "Kepatuhan 20 JP",
    complianceNote: "Pegawai yang sudah memenuhi target JP tahun ini dan yang belum.",
    effectivenessTitle: "Efektivitas program",
    effectivenessNote: "Reaksi (% skor tertinggi) dan peningkatan belajar (gain × 100) per program.",
    liveTitle: "Peristiwa langsung",
    liveConnecting: "Menghubungkan ke aliran peristiwa…",
    liveOpen: "Terhubung. Peristiwa baru muncul di sini.",
    liveDropped: "Aliran terputus karena tertinggal; menyambung kembali…",
    liveClosed: "Aliran tertutup; menyambung kembali…",
    liveRefused: "Aliran peristiwa tidak tersedia untuk peran Anda.",
    refused: "Tidak tersedia untuk peran Anda.",
    failed: "Data tidak dapat dimuat ({0}).",
    empty: "Belum ada data.",
    open: "Terbuka",
    fulfilled: "Terpenuhi",
    priority: "Prioritas",
    staff: "Pegawai",
    capacity: "Kapasitas",
    seatsTaken: "Kursi terisi",
    enrolled: "Terdaftar",
    completed: "Selesai",
    meetsTarget: "Memenuhi target",
    belowTarget: "Di bawah target",
    reaction: "Reaksi",
    learningGain: "Gain belajar",
    eventCount: "Jumlah peristiwa",
  },
  en: {
    title: "Competency Development Dashboard",
    switchLanguage: "Bahasa Indonesia",
    login: "Log in",
    logout: "Log out",
    loginPrompt: "Log in with your Latih account to see your agency's dashboard.",
    loginFailed: "Login failed: {0}. Please try again.",
    sessionExpired: "Your session has ended. Please log in again.",
    who: "{0} · {1}",
    needsTitle: "Needs by competency",
    needsNote: "Development needs still open and those fulfilled, per competency code.",
    priorityTitle: "Need priority (backlog)",
    priorityNote: "The highest priority per competency and how many staff need it.",
    seatsTitle: "Programs and seats",
    seatsNote: "Capacity of each offered program and the seats taken.",
    enrollmentsTitle: "Enrollments and completions by month",
    enrollmentsNote: "Enrollments and completions by the month their program starts.",
    complianceTitle: "20 JP compliance",
    complianceNote: "Employees who reached this year's JP target and those below it.",
    effectivenessTitle: "Program effectiveness",
    effectivenessNote: "Reaction (% of top score) and learning gain (gain × 100) per program.",
    liveTitle: "Live events",
    liveConnecting: "Connecting to the event stream…",
    liveOpen: "Connected. New events appear here.",
    liveDropped: "The stream was dropped for falling behind; reconnecting…",
    liveClosed: "The stream closed; reconnecting…",
    liveRefused: "The event stream is not available to your role.",
    refused: "Not available to your role.",
    failed: "Could not load the data ({0}).",
    empty: "No data yet.",
    open: "Open",
    fulfilled: "Fulfilled",
    priority: "Priority",
    staff: "Staff",
    capacity: "Capacity",
    seatsTaken: "Seats taken",
    enrolled: "Enrolled",
    completed: "Completed",
    meetsTarget: "Meets target",
    belowTarget: "Below target",
    reaction: "Reaction",
    learningGain: "Learning gain",
    eventCount: "Events",
  },
};

const LANGUAGE_KEY = "latih.dashboard.language";
let language = sessionStorage.getItem(LANGUAGE_KEY) === "en" ? "en" : "id";
const listeners = [];

export function t(key, ...args) {
  const text = dictionaries[language][key] ?? key;
  return text.replace(/\{(\d)\}/g, (_, i) => String(args[Number(i)] ?? ""));
}

export function currentLanguage() {
  return language;
}

/** Fills every element marked with data-i18n and tells the panels to draw again in the new language. */
export function applyLanguage() {
  document.documentElement.lang = language;
  document.title = t("title");
  for (const element of document.querySelectorAll("[data-i18n]")) {
    element.textContent = t(element.dataset.i18n);
  }
  listeners.forEach((listener) => listener());
}

export function switchLanguage() {
  language = language === "id" ? "en" : "id";
  sessionStorage.setItem(LANGUAGE_KEY, language);
  applyLanguage();
}

export function onLanguageChange(listener) {
  listeners.push(listener);
}

export const dictionaryKeys = { id: Object.keys(dictionaries.id), en: Object.keys(dictionaries.en) };

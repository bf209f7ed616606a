package org.mekong.mpm.generate;

import java.text.Normalizer;
import java.util.List;
import java.util.Map;

/** Made-up names in each nationality's script, so tokens exercise the real normalisation. */
final class SyntheticNames {
  private SyntheticNames() {}

  private record Parts(List<String> family, List<String> given, List<String> second, String joiner) {}

  private static final Parts VIETNAMESE = new Parts(
      List.of("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"),
      List.of("Thị", "Văn", "Đức", "Ngọc", "Minh", "Thanh", "Hữu", "Quang", "Kim"),
      List.of("Đào", "Lan", "Hương", "Mai", "Hoa", "Linh", "Trang", "Hùng", "Dũng", "Nam", "Tuấn", "Phương", "Thảo", "Yến", "Quân", "Sơn"),
      " ");
  private static final Parts THAI = new Parts(
      List.of("สมบูรณ์", "ใจดี", "ศรีสุข", "แก้วมณี", "บุญมา", "ทองดี", "สุขสวัสดิ์", "วงศ์ใหญ่", "พรหมมา", "มีสุข", "ชัยมงคล", "รักษาดี", "แสงทอง", "ศรีวงศ์"),
      List.of("สม", "บุญ", "ประ", "สุ", "วิ", "อ", "กนก", "ณัฐ", "ปิย", "จันทร์", "ศิริ", "ธนา"),
      List.of("ชาย", "ศรี", "เรือน", "เสริฐ", "ดา", "ไล", "นันต์", "พร", "พล", "ะ", "เพ็ญ", "กร", "มาลี"),
      "");
  private static final Parts LAO = new Parts(
      List.of("ພົມມະຈັນ", "ສີສຸວັນ", "ແກ້ວມະນີ", "ວົງສາ", "ພິມມະສອນ", "ສຸລິຍະ", "ໄຊຍະວົງ", "ຈັນທະລາ", "ບຸນມີ", "ສີຫາລາດ"),
      List.of("ສົມ", "ຄຳ", "ບົວ", "ວັນ", "ສີ", "ແສງ", "ມະ", "ພອນ", "ນ້ອຍ"),
      List.of("ສັກ", "ຫຼ້າ", "ພັນ", "ນະ", "ດາ", "ຈັນ", "ນີ", "ສະຫວັນ", "ໄຊ"),
      "");
  private static final Parts KHMER = new Parts(
      List.of("សុខ", "ចាន់", "ហេង", "លី", "ម៉ៅ", "ស៊ុន", "គឹម", "ឈឹម", "ពៅ", "ទេព", "ញឹម", "អ៊ុក"),
      List.of("ចាន់", "សុ", "ដា", "វណ្ណ", "ស្រី", "ពិ", "រតនា", "បុប្ផា", "សំ"),
      List.of("ថា", "ភា", "រ៉ា", "ា", "ខា", "មុំ", "សិដ្ឋ", "ណាង", "ពៅ"),
      "");
  private static final Parts MYANMAR = new Parts(
      List.of("အောင်", "မြင့်", "ကျော်", "ဇော်", "သန္တာ", "နွယ်", "ခင်", "ဝင်း", "စန်း", "ထွန်း", "လှ", "သီတာ"),
      List.of("မြင့်", "ဖြူ", "မာ", "ဦး", "စိုး", "နိုင်", "ထက်", "မင်း", "ဆု"),
      List.of("မြင့်", "အေး", "လင်း", "ဝေ", "ထွန်း", "ကို", "မိုး", "ရည်", "သူ"),
      "\u200B");
  private static final Parts CHINESE = new Parts(
      List.of("王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱"),
      List.of("小", "明", "华", "伟", "芳", "秀", "英", "丽", "军", "平"),
      List.of("杰", "玲", "娟", "勇", "霞", "明", "红", "燕", "强", "梅"),
      "");
  private static final Parts LATIN = new Parts(
      List.of("Saputra", "Wijaya", "Susanto", "Hidayat", "Siregar", "Nasution", "Pratama", "Hussain", "Begum", "Khatun", "Rahman", "Alam"),
      List.of("Dewi", "Siti", "Agus", "Budi", "Rina", "Nur", "Mohammed", "Ayesha", "Abdul", "Fatima"),
      List.of("Lestari", "Putri", "Rashid", "Hasan", "Sari", "Kurnia", "Aziz", "Yusuf"),
      " ");

  private static final Map<String, Parts> BY_NATIONALITY = Map.of(
      "VNM", VIETNAMESE, "THA", THAI, "LAO", LAO, "KHM", KHMER, "MMR", MYANMAR, "CHN", CHINESE);

  /** {family, given} for a person of this nationality. */
  static String[] draw(Dice dice, String nationality) {
    Parts p = BY_NATIONALITY.getOrDefault(nationality, LATIN);
    return new String[] {dice.pick(p.family), dice.pick(p.given) + p.joiner + dice.pick(p.second)};
  }

  /** How another office may spell the same name: accents lost, case or spacing changed; the token is the same. */
  static String respell(Dice dice, String name) {
    boolean latin = Character.UnicodeScript.of(name.codePointAt(0)) == Character.UnicodeScript.LATIN;
    return switch (latin ? dice.between(0, 3) : dice.between(1, 3)) {
      case 0 -> Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace('Đ', 'D').replace('đ', 'd');
      case 1 -> "  " + name.replace(" ", "\u00A0 ") + " ";
      case 2 -> name.toLowerCase(java.util.Locale.ROOT);
      default -> name;
    };
  }
}

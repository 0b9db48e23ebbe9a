// A measure's own name written before its indicator: "มาตรการป้องกัน… (ตัวชี้วัดที่ ๔)", "มาตรการเปิดเผย
// ข้อมูลสาธารณะ ตามตัวชี้วัดที่ ๙", "มาตรการ… เชื่อมโยงกับตัวชี้วัดที่ ๕" (review 17 s15, S15-4): the
// words before the label are the measure's title, as the words after it are in "ตัวชี้วัดที่ ๔ มาตรการ…".

/** A list number or bullet the cell starts with ("๒. ", "1) ", "- "). */
const LEAD = /^\s*(?:[๐-๙0-9]{1,2}\s*[.)]|[-•*])\s*/;
/** What joins the name to the label: "(", "[", "ตาม" (not ติดตาม's), "เชื่อมโยงกับ", "สอดคล้องกับ", a dash or a colon. */
const JOIN = /(?:\s*(?:[([:：\-–,]|(?<!ติด)ตาม|เชื่อมโยง(?:กับ)?|สอดคล้อง(?:กับ)?|ภายใต้|สำหรับ))+\s*$/;
/** Words that name no measure on their own ("มาตรการตามตัวชี้วัดที่ ๕"). */
const GENERIC = /^(?:มาตรการ|แนวทาง|มาตรการ\/แนวทาง|โครงการ|กิจกรรม|ประเด็น|เรื่อง)?$/;

/** The measure's title written before the label at `at` in `text`, or undefined when none is. */
export function titleBeforeLabel(text: string, at: number): string | undefined {
  const title = text.slice(0, at).replace(LEAD, '').replace(JOIN, '').trim();
  return GENERIC.test(title.replace(/\s+/g, '')) ? undefined : title;
}

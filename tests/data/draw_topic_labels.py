#!/usr/bin/env python3
"""Draws a round (4, 5, …) of the documents to label for tests/data/topic_labels.tsv (see topic_labels.md).

Prints "collection<TAB>docid<TAB>pool" for each drawn document. The draw is reproducible: each
pool's matches are sorted, then shuffled with random.Random("vankien-r<ROUND>-<collection>-<pool>").
Documents already in the TSV, or already drawn from an earlier pool, are skipped.

usage: draw_topic_labels.py ROUND BAOMOI_DIR VIETNEWS_DIR LABELS_TSV
"""
import os
import random
import re
import sys

# Whole-text pools, one per topic: the round-1 patterns with the round-3 corrections.
POOLS = {
    "can-bo": r"công tác cán bộ|quy hoạch cán bộ|luân chuyển cán bộ|bổ nhiệm cán bộ|người đứng đầu|cán bộ chủ chốt",
    "chi-bo": r"chi bộ([^n]|$)",
    "co-so-dang": r"tổ chức cơ sở đảng|tổ chức đảng|hạt nhân chính trị|đảng bộ cơ sở|trong sạch, vững mạnh",
    "dang-vien": r"đảng viên|kết nạp đảng|tuổi đảng|thẻ đảng",
    "tu-tuong": r"tuyên giáo|quán triệt|quan điểm sai trái|lý luận chính trị|nền tảng tư tưởng|công tác tư tưởng",
    "hcm": r"học tập và làm theo|chỉ thị 05|tư tưởng, đạo đức, phong cách",
    "suy-thoai": r"tự diễn biến|tự chuyển hóa|tự chuyển hoá|suy thoái về tư tưởng|trung ương 4|tự phê bình",
    "kiem-tra": r"ủy ban kiểm tra|uỷ ban kiểm tra|kỷ luật đảng|kiểm tra, giám sát",
    "dan-van": r"dân vận|mặt trận tổ quốc|dân chủ ở cơ sở",
    "tham-nhung": r"tham nhũng|lãng phí",
    "tinh-gon": r"tinh gọn|tinh giản|sắp xếp tổ chức bộ máy|sắp xếp bộ máy|sáp nhập (xã|huyện|tỉnh|các sở|đơn vị hành chính)",
    "bvctnb": r"bảo vệ chính trị nội bộ|lịch sử chính trị|vấn đề chính trị hiện nay",
    "dai-hoi": r"đại hội đảng bộ|đại hội đại biểu đảng bộ|bầu cử đại biểu quốc hội|bầu cử đại biểu hội đồng nhân dân"
               r"|bầu bổ sung .{0,60}(bộ chính trị|ban chấp hành|trung ương)|bầu giữ chức (bí thư|phó bí thư)",
    "thi-dua": r"thi đua|huân chương|danh hiệu anh hùng|chiến sĩ thi đua|bằng khen",
    "qp-an": r"quốc phòng|bộ đội biên phòng|chủ quyền biển|quân khu|an ninh trật tự",
    "doi-ngoai": r"đối ngoại|ngoại giao|hội nhập quốc tế|chuyến thăm chính thức",
    "kt-xh": r"phát triển kinh tế - xã hội|phát triển kinh tế – xã hội|tăng trưởng kinh tế|giảm nghèo|an sinh xã hội",
    "cds": r"chuyển đổi số|khoa học và công nghệ|đổi mới sáng tạo|cách mạng công nghiệp|công nghệ thông tin",
}
PER_POOL = {"baomoi": 10, "vietnews": 3}
RANDOM = {"baomoi": 40, "vietnews": 16}


def normalised(text, collection):
    if collection == "vietnews":  # undo the word segmentation: "trong_sạch , vững_mạnh"
        text = re.sub(r" ([,.;:])", r"\1", text.replace("_", " "))
    return text.lower()


def main():
    round_number, baomoi, vietnews, labels = sys.argv[1:5]
    taken = set()
    with open(labels, encoding="utf-8") as f:
        for line in f:
            fields = line.rstrip("\n").split("\t")
            taken.add((fields[0], fields[1]))
    roots = {"baomoi": (baomoi, "data"), "vietnews": (vietnews, "test_tokenized")}
    for collection, (root, folder) in roots.items():
        ids = sorted(f"{folder}/{name}" for name in os.listdir(os.path.join(root, folder)))
        texts = {}
        for docid in ids:
            with open(os.path.join(root, docid), encoding="utf-8", errors="replace") as f:
                texts[docid] = normalised(f.read(), collection)
        pools = dict(POOLS)
        pools["random"] = None
        for pool, pattern in pools.items():
            regex = re.compile(pattern) if pattern else None
            matches = [d for d in ids if regex is None or regex.search(texts[d])]
            random.Random(f"vankien-r{round_number}-{collection}-{pool}").shuffle(matches)
            want = RANDOM[collection] if pool == "random" else PER_POOL[collection]
            for docid in matches:
                if want == 0:
                    break
                if (collection, docid) in taken:
                    continue
                taken.add((collection, docid))
                print(f"{collection}\t{docid}\t{pool}")
                want -= 1


if __name__ == "__main__":
    main()

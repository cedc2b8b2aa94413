import Hummingbird
import NIOCore
import VeldwerkExport

/// The pages' own style sheet and script, served by Veldwerk itself: the room's wifi may have no
/// internet, and the Content-Security-Policy allows nothing from elsewhere. Pages work without
/// the script; it only adds the pie's running total and the board's live updates.
enum Assets {
    static func response(_ name: String) -> Response? {
        let file: (String, String)?
        switch name {
        case "page.css": file = ("text/css; charset=utf-8", css)
        case "page.js": file = ("text/javascript; charset=utf-8", script)
        case "report.css": file = ("text/css; charset=utf-8", HTMLReport.style)
        default: file = nil
        }
        guard let (type, text) = file else { return nil }
        return Response(status: .ok, headers: [.contentType: type, .cacheControl: "max-age=300"], body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    static let css = """
        *{box-sizing:border-box}
        body{margin:0;font:17px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;color:#1d2733;background:#f6f8fa}
        main{max-width:44rem;margin:0 auto;padding:1rem}
        main.narrow{max-width:26rem}
        h1{font-size:1.5rem;color:#12355b;margin:.6rem 0}
        h2{font-size:1.2rem;color:#12355b}
        fieldset{border:1px solid #c9d1d9;border-radius:10px;background:#fff;margin:0 0 1rem;padding:.6rem .9rem}
        legend{font-weight:600;padding:0 .3rem}
        label{display:block}
        .item{display:flex;gap:.6rem;align-items:flex-start;padding:.55rem 0;border-bottom:1px solid #eef1f4}
        .item:last-child{border-bottom:0}
        .item input[type=checkbox]{width:1.4rem;height:1.4rem;flex:none;margin-top:.1rem}
        .item .n{font-weight:700;color:#12355b;min-width:1.4rem}
        .item .size{width:5.2rem;margin-left:auto;font-size:1rem;padding:.35rem}
        input[type=text],textarea,select{width:100%;font-size:1.1rem;padding:.55rem;border:1px solid #9aa6b2;border-radius:8px}
        input.code{font-size:1.4rem;letter-spacing:.08em;text-transform:lowercase}
        button{font-size:1.1rem;padding:.7rem 1.3rem;border:0;border-radius:8px;background:#12355b;color:#fff;margin:.4rem .4rem .4rem 0}
        button.secondary{background:#e8eef5;color:#12355b}
        .hint,.muted{color:#5b6773;font-size:.95rem}
        .error{background:#fdecea;border-left:4px solid #b5472f;padding:.6rem .8rem;border-radius:6px}
        .note{background:#fff8e1;border-left:4px solid #c99a06;padding:.6rem .8rem;border-radius:6px}
        .ok{background:#e8f5ec;border-left:4px solid #2e7d4f;padding:.6rem .8rem;border-radius:6px}
        #sum{font-weight:600}
        .board main{max-width:80rem}
        .board h1{font-size:2.2rem}
        .progress{font-size:1.6rem;margin:.4rem 0}
        .progress strong{font-size:3rem;color:#12355b}
        progress{width:100%;height:1.4rem}
        table{border-collapse:collapse;width:100%;background:#fff}
        th,td{padding:.4rem .6rem;border-bottom:1px solid #d8dee4;text-align:left;vertical-align:middle}
        td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
        .board td,.board th{font-size:1.25rem}
        ol.items{font-size:1.3rem;background:#fff;border-radius:10px;padding:.8rem 2.4rem}
        .pies{display:flex;flex-wrap:wrap;gap:1.4rem}
        .pies figure{margin:0;text-align:center}
        .verdicts label{display:inline-flex;gap:.3rem;margin:.2rem 1rem .2rem 0;align-items:center}
        .report{background:#fff;border-radius:10px;padding:.2rem 1rem;margin-top:1rem}
        .scroll{overflow-x:auto}
        @media (max-width:30rem){body{font-size:16px}main{padding:.6rem}.board h1{font-size:1.6rem}.progress{font-size:1.2rem}.progress strong{font-size:2.2rem}
          .board td,.board th{font-size:.95rem;padding:.35rem .3rem}.board .bar,.board .score{display:none}}
        """

    static let script = """
        (function () {
          'use strict';
          // The pie's running total, so a phone shows at once whether the sizes make 100.
          var sum = document.getElementById('sum');
          if (sum) {
            var update = function () {
              var total = 0, chosen = 0;
              document.querySelectorAll('input.size').forEach(function (input) {
                var box = document.getElementById('pie-' + input.dataset.item);
                if (input.value !== '' && box && !box.checked) { box.checked = true; }
                if (box && box.checked) { chosen += 1; total += parseFloat(input.value.replace(',', '.')) || 0; }
              });
              sum.textContent = chosen === 0 ? '' : (sum.dataset.label + ': ' + chosen + '/3 · ' + Math.round(total * 10) / 10);
              sum.className = chosen > 3 ? 'error' : '';
            };
            document.addEventListener('input', update);
            document.addEventListener('change', update);
            update();
          }
          // The board follows every vote as it happens.
          var board = document.getElementById('live');
          if (board && board.dataset.events && window.EventSource) {
            var source = new EventSource(board.dataset.events);
            source.onmessage = function (event) {
              board.innerHTML = event.data;
              if (board.querySelector('[data-revealed]')) {
                var reveal = document.getElementById('reveal');
                if (reveal) { reveal.remove(); }
              }
            };
          }
        })();
        """
}

<%-- The table of published initiatives per region with its CSV download, behind a disclosure. Included (static
     include) by the map component, under a national map, and by the region-page component as its overview. Expects
     swkTable (RegionCountsTable) and swkTableId. --%>
<c:if test="${swkTable.available}">
<details class="swk-regions" data-swk-region-table ${swkTableOpen ? 'open' : ''}>
    <summary class="swk-regions__summary"><fmt:message key="Table: initiatives per region" /></summary>
    <table class="swk-regions__table" id="${sling:encode(swkTableId,'HTML_ATTR')}">
        <caption class="swk-regions__caption"><fmt:message key="Published initiatives per labour-market region" /></caption>
        <thead>
            <tr>
                <th scope="col"><fmt:message key="Region" /></th>
                <th scope="col" class="swk-regions__number"><fmt:message key="Total" /></th>
                <th scope="col" class="swk-regions__number">vmbo</th>
                <th scope="col" class="swk-regions__number">mbo</th>
                <th scope="col" class="swk-regions__number">hbo</th>
            </tr>
        </thead>
        <tbody>
            <c:forEach var="row" items="${swkTable.rows}">
                <tr data-swk-region="${sling:encode(row.code,'HTML_ATTR')}">
                    <th scope="row">
                        <c:choose>
                            <c:when test="${not empty row.url}"><a class="swk-regions__link" href="${sling:encode(row.url,'HTML_ATTR')}"><sling:encode value="${row.name}" mode="HTML" /></a></c:when>
                            <c:otherwise><sling:encode value="${row.name}" mode="HTML" /></c:otherwise>
                        </c:choose>
                    </th>
                    <td class="swk-regions__number" data-swk-total>${row.total}</td>
                    <td class="swk-regions__number">${row.vmbo}</td>
                    <td class="swk-regions__number">${row.mbo}</td>
                    <td class="swk-regions__number">${row.hbo}</td>
                </tr>
            </c:forEach>
        </tbody>
        <tfoot>
            <tr>
                <th scope="row"><fmt:message key="The Netherlands" /></th>
                <td class="swk-regions__number">${swkTable.total}</td>
                <td colspan="3"></td>
            </tr>
        </tfoot>
    </table>
    <p class="swk-regions__download"><a href="${sling:encode(swkTable.csvUrl,'HTML_ATTR')}" download data-swk-region-csv><fmt:message key="Download these counts (CSV)" /></a></p>
</details>
</c:if>
